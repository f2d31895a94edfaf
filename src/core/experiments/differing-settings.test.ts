import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { DEFAULT_NETWORK } from '../model/network-spec';
import type { LayerSpec } from '../model/layer-spec';
import { defaultOptimizerSettings } from '../train/optimizers';
import { DEFAULT_TRAINING } from '../train/training-config';
import { differingSettings, runLabel } from './differing-settings';
import type { RunConfig } from './run-config';
import { networkSummary } from './run-settings';

const base: RunConfig = {
  dataset: DEFAULT_DATASET_SPEC,
  network: DEFAULT_NETWORK,
  training: DEFAULT_TRAINING,
  backend: 'cpu',
};

const withTraining = (patch: Partial<RunConfig['training']>): RunConfig => ({
  ...base,
  training: { ...base.training, ...patch },
});

const ids = (configs: RunConfig[]) => differingSettings(configs).map((s) => s.id);

describe('differingSettings', () => {
  it('finds nothing for one run, none, or identical runs', () => {
    expect(ids([])).toEqual([]);
    expect(ids([base])).toEqual([]);
    expect(ids([base, structuredClone(base)])).toEqual([]);
  });

  it('names each setting that differs, in column order', () => {
    const other = withTraining({ learningRate: 0.1, batchSize: 32 });
    expect(ids([base, other])).toEqual(['learningRate', 'batchSize']);
  });

  it('counts a setting as differing when any one run differs', () => {
    expect(ids([base, base, withTraining({ seed: 3 })])).toEqual(['seed']);
  });

  it('tells optimizers apart without listing their default settings', () => {
    const sgd = withTraining({
      optimizer: 'momentum',
      optimizerSettings: defaultOptimizerSettings('momentum'),
    });
    expect(ids([base, sgd])).toEqual(['optimizer']);
    const tuned = withTraining({
      optimizerSettings: { ...base.training.optimizerSettings, beta1: 0.8 },
    });
    expect(ids([base, tuned])).toEqual(['optimizerSettings']);
  });

  it('sees data, network, regularisation and backend changes', () => {
    const dense = base.network.layers[0] as LayerSpec & { kind: 'dense' };
    const other: RunConfig = {
      dataset: { ...DEFAULT_DATASET_SPEC, kind: 'xor', noise: 0.2 },
      network: { ...base.network, layers: [{ ...dense, reg: 'l2', regRate: 0.001 }] },
      training: base.training,
      backend: 'webgl',
    };
    expect(ids([base, other])).toEqual([
      'data',
      'dataParams',
      'network',
      'regularization',
      'backend',
    ]);
  });
});

describe('runLabel', () => {
  it('joins the short forms of what differs', () => {
    const a = withTraining({ learningRate: 0.01 });
    const b = withTraining({
      optimizer: 'momentum',
      optimizerSettings: defaultOptimizerSettings('momentum'),
      learningRate: 0.1,
    });
    const differing = differingSettings([a, b]);
    expect(runLabel(a, differing)).toBe('Adam lr=0.01');
    expect(runLabel(b, differing)).toBe('SGD with momentum lr=0.1');
  });

  it('is empty when nothing differs', () => {
    expect(runLabel(base, [])).toBe('');
  });

  it('writes tiny rates in exponent form', () => {
    const a = withTraining({ learningRate: 0.00001 });
    expect(runLabel(a, differingSettings([a, base]))).toBe('lr=1e-5');
  });
});

describe('networkSummary', () => {
  it('counts repeated layers and lists the rest in order', () => {
    expect(networkSummary(DEFAULT_NETWORK.layers)).toBe('2×8 tanh');
    const [a, b] = DEFAULT_NETWORK.layers as [LayerSpec, LayerSpec];
    const mixed = [
      { ...a, units: 16, activation: 'relu' },
      { id: 'd', kind: 'dropout', rate: 0.2 },
      b,
    ] as LayerSpec[];
    expect(networkSummary(mixed)).toBe('16 ReLU, dropout 0.2, 8 tanh');
    expect(networkSummary([])).toBe('no hidden layers');
  });
});
