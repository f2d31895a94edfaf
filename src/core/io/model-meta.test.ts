import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { DEFAULT_TRAINING } from '../train/training-config';
import { classificationMetrics, regressionMetrics } from '../metrics';
import {
  finalMetrics,
  metricsFromSummary,
  MODEL_FORMAT_VERSION,
  parseModelMeta,
  savedModelInfo,
  summariseTest,
} from './model-meta';
import { history, sampleMeta } from './testing';

/** Six test samples, three classes: 3 right, 3 wrong. */
const classified = {
  kind: 'classification' as const,
  n: 6,
  loss: 0.9,
  accuracy: 0.5,
  classNames: ['a', 'b', 'c'],
  confusion: [
    [2, 1, 0],
    [1, 1, 0],
    [0, 1, 0],
  ],
  evaluatedAt: '2025-01-03T03:00:00.000Z',
};

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

  it('keeps the metrics of the epoch early stopping put back, and reads that epoch back', () => {
    const h = sampleMeta().history;
    expect(finalMetrics(h, 2)?.epoch).toBe(2);
    expect(finalMetrics(h, 2)?.valLoss).toBe(h[1]?.valLoss);
    // An epoch the history does not hold falls back to the last one.
    expect(finalMetrics(h, 9)?.epoch).toBe(3);
    const meta = { ...sampleMeta(), keptEpoch: 2, finalMetrics: finalMetrics(h, 2) };
    expect(parseModelMeta(JSON.parse(JSON.stringify(meta)))).toEqual({ ok: true, value: meta });
    expect(parseModelMeta({ ...meta, keptEpoch: 0 }).ok).toBe(false);
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

  it('upgrades a format-2 record: not evaluated on the test set', () => {
    const v2: Record<string, unknown> = { ...sampleMeta(), formatVersion: 2 };
    delete v2['testEvaluation'];
    const r = parseModelMeta(JSON.parse(JSON.stringify(v2)));
    expect(r).toEqual({
      ok: true,
      value: { ...sampleMeta(), formatVersion: 3, testEvaluation: null },
    });
    if (r.ok) expect(savedModelInfo(r.value, 1, 0).test).toBeNull();
  });

  it('keeps a test evaluation and lists its headline number', () => {
    const meta = { ...sampleMeta(), testEvaluation: classified };
    const back = parseModelMeta(JSON.parse(JSON.stringify(meta)));
    expect(back).toEqual({ ok: true, value: meta });
    expect(savedModelInfo(meta, 1, 0).test).toEqual({ kind: 'classification', n: 6, value: 0.5 });
    const regression = {
      kind: 'regression' as const,
      n: 3,
      loss: 1.5,
      mse: 1.5,
      mae: 1,
      r2: 0.91,
      targets: [{ name: 'y', mse: 1.5, mae: 1, r2: 0.91 }],
      evaluatedAt: '2025-01-03T03:00:00.000Z',
    };
    expect(savedModelInfo({ ...meta, testEvaluation: regression }, 1, 0).test).toEqual({
      kind: 'regression',
      n: 3,
      value: 0.91,
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
    [
      'a confusion matrix that does not count every sample',
      { ...sampleMeta(), testEvaluation: { ...classified, n: 7 } },
      /testEvaluation: The confusion matrix must be square/,
    ],
    [
      'a test evaluation of an unknown kind',
      { ...sampleMeta(), testEvaluation: { ...classified, kind: 'ranking' } },
      /testEvaluation/,
    ],
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

describe('test evaluation summaries', () => {
  it('keep the numbers, not the predictions, and give the metrics back', () => {
    const metrics = classificationMetrics([0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 0, 1], 3);
    const summary = summariseTest(metrics, 0.9, ['a', 'b', 'c'], classified.evaluatedAt);
    expect(summary).toEqual(classified);
    expect(metricsFromSummary(summary)).toEqual(metrics);
    // A diverged model's loss cannot be JSON: it is kept as null.
    expect(summariseTest(metrics, NaN, ['a', 'b', 'c'], classified.evaluatedAt).loss).toBeNull();
    const many = Array.from({ length: 60 }, (_, i) => `c${i}`);
    const big = summariseTest(
      classificationMetrics([59], [0], 60),
      1,
      many,
      classified.evaluatedAt,
    );
    expect(big).toMatchObject({ accuracy: 0, confusion: null });
    expect(metricsFromSummary(big)).toBeNull();
  });

  it('keep every regression target', () => {
    const metrics = regressionMetrics([1, 10, 3, 10], [1, 10, 3, 12], 2);
    const summary = summariseTest(metrics, 1, ['u', 'v'], classified.evaluatedAt);
    expect(summary).toMatchObject({ kind: 'regression', n: 2, mse: 1, r2: 0.5 });
    expect(summary.kind === 'regression' && summary.targets.map((t) => t.name)).toEqual(['u', 'v']);
    expect(metricsFromSummary(summary)).toEqual(metrics);
  });
});
