import { describe, expect, it } from 'vitest';
import type { BatchRecord, EpochRecord } from '../train/history';
import {
  COMPARISON_MAX_POINTS,
  DEFAULT_COMPARISON_VIEW,
  curvesExtent,
  mergeCurves,
  runCurves,
  valueAt,
  type ComparisonView,
} from './comparison';

const epochs = (n: number, valLoss = (e: number) => 1 / e): EpochRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    epoch: i + 1,
    loss: 2 / (i + 1),
    acc: 0.5,
    valLoss: valLoss(i + 1),
    valAcc: 0.6,
    learningRate: 0.01,
    elapsedMs: (i + 1) * 1000,
  }));

const batches = (n: number, perEpoch: number): BatchRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    step: i + 1,
    epoch: Math.floor(i / perEpoch) + 1,
    loss: i % 2 === 0 ? 1 : 3,
    metric: 0.5,
    learningRate: 0.01,
    elapsedMs: (i + 1) * 10,
  }));

const view = (patch: Partial<ComparisonView>): ComparisonView => ({
  ...DEFAULT_COMPARISON_VIEW,
  ...patch,
});

describe('runCurves', () => {
  it('draws per epoch on an epoch axis, training and validation', () => {
    const c = runCurves(
      { epochs: epochs(3), batches: batches(30, 10) },
      'classification',
      view({}),
    );
    expect(c.train.map((p) => [p.x, p.y])).toEqual([
      [1, 2],
      [2, 1],
      [3, 2 / 3],
    ]);
    expect(c.val.map((p) => p.x)).toEqual([1, 2, 3]);
  });

  it('draws smoothed batches on a step axis with validation at each epoch’s last step', () => {
    const h = { epochs: epochs(3), batches: batches(30, 10) };
    const raw = runCurves(h, 'classification', view({ xAxis: 'step', smoothing: 0 }));
    const smooth = runCurves(h, 'classification', view({ xAxis: 'step', smoothing: 0.9 }));
    expect(raw.train).toHaveLength(30);
    expect(raw.val.map((p) => p.x)).toEqual([10, 20, 30]);
    const spread = (ps: { y: number }[]) =>
      Math.max(...ps.map((p) => p.y)) - Math.min(...ps.map((p) => p.y));
    expect(spread(smooth.train.slice(5))).toBeLessThan(spread(raw.train.slice(5)));
  });

  it('keeps at most the drawn-point limit per curve', () => {
    const c = runCurves(
      { epochs: epochs(5), batches: batches(5_000, 1_000) },
      'classification',
      view({ xAxis: 'step' }),
    );
    expect(c.train.length).toBeLessThanOrEqual(COMPARISON_MAX_POINTS);
    expect(c.train.at(-1)?.x).toBe(5_000);
  });

  it('falls back to epochs without batch records, and leaves out what is hidden', () => {
    const c = runCurves(
      { epochs: epochs(2), batches: [] },
      'classification',
      view({ xAxis: 'step', showTrain: false }),
    );
    expect(c.train).toEqual([]);
    expect(c.val.map((p) => p.x)).toEqual([1, 2]);
  });

  it('leaves out values a log scale cannot draw, and reads the task’s metric', () => {
    const h = { epochs: epochs(3, (e) => (e === 2 ? 0 : 1)), batches: [] };
    expect(runCurves(h, 'classification', view({ yScale: 'log' })).val.map((p) => p.x)).toEqual([
      1, 3,
    ]);
    expect(runCurves(h, 'classification', view({ quantity: 'metric' })).val[0]?.y).toBe(0.6);
  });
});

describe('mergeCurves and valueAt', () => {
  const a = {
    train: [
      { x: 1, y: 5 },
      { x: 2, y: 4 },
    ],
    val: [{ x: 2, y: 3 }],
  };
  const b = { train: [{ x: 1.5, y: 9 }], val: [] };

  it('makes one row per x with each curve’s value there', () => {
    expect(mergeCurves([a, b])).toEqual([
      { x: 1, t0: 5 },
      { x: 1.5, t1: 9 },
      { x: 2, t0: 4, v0: 3 },
    ]);
  });

  it('reads the last point at or before x, and nothing outside the curve', () => {
    expect(valueAt(a.train, 1.7)).toBe(5);
    expect(valueAt(a.train, 2)).toBe(4);
    expect(valueAt(a.train, 0.5)).toBeNull();
    expect(valueAt(a.train, 2.5)).toBeNull();
    expect(valueAt([], 1)).toBeNull();
  });

  it('measures the extent over every curve', () => {
    expect(curvesExtent([a, b])).toEqual({ xMax: 2, yMax: 9 });
  });
});
