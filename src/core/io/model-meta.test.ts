import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { DEFAULT_TRAINING } from '../train/training-config';
import { finalMetrics, MODEL_FORMAT_VERSION, parseModelMeta, savedModelInfo } from './model-meta';
import { history, sampleMeta } from './testing';

describe('model metadata', () => {
  it('round-trips through JSON and its schema unchanged', () => {
    const meta = sampleMeta();
    const back = parseModelMeta(JSON.parse(JSON.stringify(meta)));
    expect(back).toEqual({ ok: true, value: meta });
  });

  it('keeps the final metrics of the history', () => {
    expect(sampleMeta().finalMetrics).toEqual({
      epoch: 3,
      loss: 1 / 3,
      acc: 0.8,
      valLoss: 1.1 / 3,
      valAcc: 0.75,
      mae: null,
      valMae: null,
    });
    expect(finalMetrics([])).toBeNull();
  });

  it('upgrades a format-1 record, network and training settings included', () => {
    const v1 = {
      formatVersion: 1,
      name: 'old',
      savedAt: '2024-05-06T07:08:09.000Z',
      dataset: DEFAULT_DATASET_SPEC,
      network: { hidden: [{ id: 'a', kind: 'dense', units: 4, activation: 'relu' }] },
      training: { optimizer: 'sgd', learningRate: 0.1, batchSize: 8, epochs: 3, seed: 4 },
      history,
      backend: 'cpu',
      totalParams: 22,
    };
    const r = parseModelMeta(v1);
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({
      formatVersion: MODEL_FORMAT_VERSION,
      createdAt: v1.savedAt,
      optimizerState: false,
      scaling: null,
      finalMetrics: { epoch: 3 },
      network: {
        binaryHead: 'softmax',
        layers: [{ id: 'a', kind: 'dense', units: 4, activation: 'relu', init: 'glorotUniform' }],
      },
      training: {
        ...DEFAULT_TRAINING,
        optimizer: 'sgd',
        optimizerSettings: {},
        learningRate: 0.1,
        batchSize: 8,
        epochs: 3,
        seed: 4,
      },
    });
  });

  it.each([
    [
      'a newer format',
      { ...sampleMeta(), formatVersion: 99 },
      /newer version of the app \(format 99/,
    ],
    ['an empty name', { ...sampleMeta(), name: '  ' }, /name: Give the model a name/],
    ['a bad date', { ...sampleMeta(), savedAt: 'yesterday' }, /savedAt: Expected an ISO date/],
    [
      'a zero scale',
      { ...sampleMeta(), scaling: { offset: [0], scale: [0] } },
      /scale cannot be 0/,
    ],
    ['not an object', 'model', /expected object/i],
  ])('refuses %s with a message naming it', (_label, raw, message) => {
    const r = parseModelMeta(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('gives a list row', () => {
    const row = savedModelInfo(sampleMeta(), 456, 912);
    expect(row).toMatchObject({
      name: 'circle-8x8',
      weightBytes: 456,
      optimizerBytes: 912,
      optimizerState: true,
      epochs: 3,
      finalValAcc: 0.75,
    });
    expect(row.architecture).toMatch(/Dense\(8, tanh\) → Dense\(8, tanh\)/);
    expect(savedModelInfo(sampleMeta(), 456, 0).optimizerState).toBe(false);
  });
});
