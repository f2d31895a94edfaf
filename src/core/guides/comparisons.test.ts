import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from '../data/dataset-spec';
import { presetById } from '../model/presets';
import { BATCH_SIZES } from './batch-size';
import { CNN_DIGITS } from './cnn';
import { OPTIMIZERS_COMPARED } from './optimizers';
import { CTX, run, setupOf, stepOf, view } from './test-view';

describe('SGD vs momentum vs Adam', () => {
  const g = OPTIMIZERS_COMPARED;
  const sgd = run({ training: { optimizer: 'sgd' } });
  const momentum = run({ training: { optimizer: 'momentum' } });
  const adam = run({ training: { optimizer: 'adam' } });

  it('starts with plain SGD', () => {
    expect(setupOf(g).training.optimizer).toBe('sgd');
  });

  it('ticks each optimizer’s step for a finished run with it', () => {
    for (const [id, r] of [
      ['sgd', sgd],
      ['momentum', momentum],
      ['adam', adam],
    ] as const) {
      expect(stepOf(g, id).done(view({ runs: [r] }), CTX)).toBe(true);
      expect(stepOf(g, id).done(view({ runs: [{ ...r, status: 'failed' }] }), CTX)).toBe(false);
    }
    expect(stepOf(g, 'momentum').done(view({ runs: [sgd, adam] }), CTX)).toBe(false);
  });

  it('ticks the comparison only with all three selected', () => {
    const step = stepOf(g, 'compare');
    const runs = [adam, momentum, sgd];
    expect(step.done(view({ runs, runsSelected: runs.map((r) => r.id) }), CTX)).toBe(true);
    expect(step.done(view({ runs, runsSelected: [sgd.id, adam.id] }), CTX)).toBe(false);
  });
});

describe('batch size', () => {
  const g = BATCH_SIZES;
  const at = (batchSize: number) => run({ training: { batchSize } });

  it('starts at batch size 1 on 200 points', () => {
    expect(setupOf(g).training.batchSize).toBe(1);
    expect(g.setup.dataset).toMatchObject({ samples: 200 });
  });

  it('tells stochastic, mini-batch and full-batch runs apart by the training split', () => {
    const v = (r: ReturnType<typeof at>) => view({ runs: [r], trainSamples: 120 });
    expect(stepOf(g, 'stochastic').done(v(at(1)), CTX)).toBe(true);
    expect(stepOf(g, 'stochastic').done(v(at(16)), CTX)).toBe(false);
    expect(stepOf(g, 'mini').done(v(at(16)), CTX)).toBe(true);
    expect(stepOf(g, 'mini').done(v(at(120)), CTX)).toBe(false);
    expect(stepOf(g, 'full').done(v(at(120)), CTX)).toBe(true);
    expect(stepOf(g, 'full').done(v(at(119)), CTX)).toBe(false);
  });

  it('ticks the comparison with one run of each kind selected', () => {
    const runs = [at(1), at(16), at(120)];
    const step = stepOf(g, 'compare');
    const ids = runs.map((r) => r.id);
    expect(step.done(view({ runs, runsSelected: ids, trainSamples: 120 }), CTX)).toBe(true);
    expect(step.done(view({ runs, runsSelected: ids.slice(1), trainSamples: 120 }), CTX)).toBe(
      false,
    );
  });
});

describe('a CNN on digits beats an MLP', () => {
  const g = CNN_DIGITS;
  const digits: DatasetSpec = g.setup.dataset;
  const mlp = {
    layers: presetById('image-mlp').build([28, 28, 1]),
    binaryHead: 'softmax' as const,
  };
  const cnn = {
    layers: presetById('small-cnn').build([28, 28, 1]),
    binaryHead: 'softmax' as const,
  };
  const trained = (network: typeof mlp, acc: number, epochs = 15) => {
    const r = run({ network, finalValMetric: acc, training: { epochs } });
    return { ...r, config: { ...r.config, dataset: digits } };
  };

  it('sets up the Image MLP on 500 digits, 300 to train on, for fifteen epochs', () => {
    expect(digits).toMatchObject({ kind: 'mnist', samples: 500, split: { train: 60 } });
    expect(setupOf(g).network.layers[0]?.kind).toBe('flatten');
    expect(setupOf(g).training.epochs).toBe(15);
  });

  it('ticks the MLP step for a finished run without convolutions', () => {
    expect(stepOf(g, 'train-mlp').done(view({ runs: [trained(mlp, 0.87)] }), CTX)).toBe(true);
    expect(stepOf(g, 'train-mlp').done(view({ runs: [trained(cnn, 0.87)] }), CTX)).toBe(false);
  });

  it('ticks the preset step once the network has a convolution', () => {
    expect(stepOf(g, 'pick-cnn').done(view({ network: cnn }), CTX)).toBe(true);
    expect(stepOf(g, 'pick-cnn').done(view({ network: mlp }), CTX)).toBe(false);
  });

  it('ticks the CNN step only when it beats the MLP within the same epochs', () => {
    const step = stepOf(g, 'train-cnn');
    const m = trained(mlp, 0.87);
    expect(step.done(view({ runs: [trained(cnn, 0.93), m] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [trained(cnn, 0.85), m] }), CTX)).toBe(false);
    expect(step.done(view({ runs: [trained(cnn, 0.95, 20), m] }), CTX)).toBe(false);
    expect(step.done(view({ runs: [trained(cnn, 0.93)] }), CTX)).toBe(false);
  });
});
