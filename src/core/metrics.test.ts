import { describe, expect, it } from 'vitest';
import {
  cellSamples,
  classificationMetrics,
  confusionMatrix,
  metricsFromConfusion,
  regressionMetrics,
} from './metrics';

// Six samples, three classes; class 2 occurs once and is never predicted.
const truth = [0, 0, 0, 1, 1, 2];
const predicted = [0, 0, 1, 1, 0, 1];

describe('classification metrics', () => {
  it('counts the confusion matrix with true classes as rows', () => {
    expect(confusionMatrix(truth, predicted, 3)).toEqual([
      [2, 1, 0],
      [1, 1, 0],
      [0, 1, 0],
    ]);
    expect(() => confusionMatrix([0, 3], [0, 0], 3)).toThrow(/out of range at sample 1/);
    expect(() => confusionMatrix([0], [0, 1], 3)).toThrow('1 labels but 2 predictions.');
  });

  it('gives accuracy, per-class scores and averages as worked out by hand', () => {
    const m = classificationMetrics(truth, predicted, 3);
    expect(m.n).toBe(6);
    expect(m.accuracy).toBe(0.5);
    const [c0, c1, c2] = m.perClass;
    expect(c0).toMatchObject({ support: 3, predicted: 3 });
    expect(c0!.precision).toBeCloseTo(2 / 3);
    expect(c0!.recall).toBeCloseTo(2 / 3);
    expect(c0!.f1).toBeCloseTo(2 / 3);
    expect(c1!.precision).toBeCloseTo(1 / 3);
    expect(c1!.recall).toBeCloseTo(1 / 2);
    expect(c1!.f1).toBeCloseTo(0.4); // 2·1 / (2·1 + 2 + 1)
    // Never predicted: precision undefined, recall 0, F1 0.
    expect(c2).toEqual({ precision: null, recall: 0, f1: 0, support: 1, predicted: 0 });
    // Macro: undefined precision counts as 0 (scikit-learn, zero_division=0).
    expect(m.macro.precision).toBeCloseTo(1 / 3);
    expect(m.macro.recall).toBeCloseTo(7 / 18);
    expect(m.macro.f1).toBeCloseTo((2 / 3 + 0.4) / 3);
    // Weighted by support 3, 2, 1.
    expect(m.weighted.precision).toBeCloseTo(4 / 9);
    expect(m.weighted.recall).toBeCloseTo(0.5);
    expect(m.weighted.f1).toBeCloseTo((3 * (2 / 3) + 2 * 0.4) / 6);
  });

  it('leaves a class absent from both truth and predictions out of the macro average', () => {
    const m = classificationMetrics(truth, predicted, 4);
    expect(m.perClass[3]).toEqual({
      precision: null,
      recall: null,
      f1: null,
      support: 0,
      predicted: 0,
    });
    expect(m.macro.precision).toBeCloseTo(1 / 3);
    expect(m.weighted.recall).toBeCloseTo(0.5);
  });

  it('scores a perfect classifier 1 everywhere, and an empty split as undefined', () => {
    const m = classificationMetrics([0, 1, 1], [0, 1, 1], 2);
    expect(m.accuracy).toBe(1);
    expect(m.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
    const empty = metricsFromConfusion([
      [0, 0],
      [0, 0],
    ]);
    expect(empty.accuracy).toBeNull();
    expect(empty.macro).toEqual({ precision: null, recall: null, f1: null });
  });

  it('finds the samples of one cell', () => {
    expect(cellSamples(truth, predicted, 0, 1)).toEqual([2]);
    expect(cellSamples(truth, predicted, 0, 0)).toEqual([0, 1]);
    expect(cellSamples(truth, predicted, 2, 2)).toEqual([]);
  });
});

describe('regression metrics', () => {
  it('gives MSE, MAE and R² as worked out by hand', () => {
    // Errors 0, 0, 2; mean target 2, SS_tot = 2, SS_res = 4.
    const m = regressionMetrics([1, 2, 3], [1, 2, 5], 1);
    expect(m.n).toBe(3);
    expect(m.mse).toBeCloseTo(4 / 3);
    expect(m.mae).toBeCloseTo(2 / 3);
    expect(m.r2).toBeCloseTo(-1);
  });

  it('defines R² for constant targets: 1 if perfect, else 0', () => {
    expect(regressionMetrics([2, 2], [2, 2], 1).r2).toBe(1);
    expect(regressionMetrics([2, 2], [2, 3], 1).r2).toBe(0);
  });

  it('scores each target and averages them', () => {
    // Target 0 perfect; target 1 constant (10) and off by 2 once.
    const m = regressionMetrics([1, 10, 3, 10], [1, 10, 3, 12], 2);
    expect(m.perTarget).toEqual([
      { mse: 0, mae: 0, r2: 1 },
      { mse: 2, mae: 1, r2: 0 },
    ]);
    expect(m).toMatchObject({ n: 2, mse: 1, mae: 0.5, r2: 0.5 });
    expect(regressionMetrics([], [], 1)).toMatchObject({ n: 0, mse: null, r2: null });
  });
});
