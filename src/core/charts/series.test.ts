import { describe, expect, it } from 'vitest';
import type { BatchRecord, EpochRecord } from '../train/history';
import {
  batchEpochPositions,
  buildChartSeries,
  DEFAULT_CHART_VIEW,
  effectiveView,
  type ChartView,
} from './series';

/** `epochs` epochs of `perEpoch` steps each; the loss falls with noise. */
function fakeRun(
  epochs: number,
  perEpoch: number,
  task: 'classification' | 'regression' = 'classification',
) {
  const batches: BatchRecord[] = [];
  const history: EpochRecord[] = [];
  let step = 0;
  for (let e = 1; e <= epochs; e++) {
    for (let b = 0; b < perEpoch; b++) {
      step++;
      batches.push({
        step,
        epoch: e,
        loss: 1 / step + (step % 2 ? 0.05 : 0),
        metric: Math.min(1, step / 100),
        learningRate: 0.1 / e,
        elapsedMs: step * 10,
      });
    }
    history.push({
      epoch: e,
      loss: 1 / (e * perEpoch),
      acc: task === 'classification' ? 0.5 + e / 100 : null,
      valLoss: 1.1 / (e * perEpoch),
      valAcc: task === 'classification' ? 0.45 + e / 100 : null,
      ...(task === 'regression' && { mae: 0.3 / e, valMae: 0.4 / e }),
      learningRate: 0.1 / e,
      elapsedMs: step * 10 + 5,
    });
  }
  return { batches, history, task };
}

const view = (v: Partial<ChartView>): ChartView => ({ ...DEFAULT_CHART_VIEW, ...v });

describe('effectiveView', () => {
  it('falls back to per epoch without per-batch records', () => {
    expect(effectiveView(view({ granularity: 'batch', xAxis: 'step' }), false)).toMatchObject({
      granularity: 'epoch',
      xAxis: 'epoch',
    });
    expect(effectiveView(view({ xAxis: 'time' }), false).xAxis).toBe('time');
    const v = view({});
    expect(effectiveView(v, true)).toBe(v);
  });
});

describe('batchEpochPositions', () => {
  it('puts the last step of an epoch on its number and a running epoch at its share', () => {
    const { batches } = fakeRun(2, 4);
    const xs = batchEpochPositions(batches.slice(0, 6), 1);
    expect(xs).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5]);
  });
});

describe('buildChartSeries per batch', () => {
  const run = fakeRun(3, 10);

  it('draws each step, smoothed, with the raw value and validation at epoch ends', () => {
    const { rows: pts, validation } = buildChartSeries(run, 'loss', view({ smoothing: 0.6 }));
    expect(pts).toHaveLength(30);
    expect(pts.map((p) => p.x)).toEqual(run.batches.map((b) => b.step));
    expect(pts[4]!.trainRaw).toBe(run.batches[4]!.loss);
    expect(pts[4]!.train).not.toBe(pts[4]!.trainRaw);
    expect(pts.every((p) => p.val === null)).toBe(true);
    expect(validation.map((p) => [p.x, p.epoch, p.step, p.val])).toEqual([
      [10, 1, 10, 1.1 / 10],
      [20, 2, 20, 1.1 / 20],
      [30, 3, 30, 1.1 / 30],
    ]);
  });

  it('does not smooth at weight 0', () => {
    const pts = buildChartSeries(run, 'metric', view({ smoothing: 0 })).rows;
    expect(pts.map((p) => p.train)).toEqual(run.batches.map((b) => b.metric));
  });

  it('places points in epochs and in seconds', () => {
    const byEpoch = buildChartSeries(run, 'loss', view({ xAxis: 'epoch' }));
    expect(byEpoch.rows[9]!.x).toBe(1);
    expect(byEpoch.rows[0]!.x).toBeCloseTo(0.1);
    expect(byEpoch.validation.map((p) => p.x)).toEqual([1, 2, 3]);
    const byTime = buildChartSeries(run, 'loss', view({ xAxis: 'time' }));
    expect(byTime.rows[0]!.x).toBe(0.01);
    // Epoch records end 5 ms after their last step.
    expect(byTime.validation.map((p) => p.x)).toEqual([0.105, 0.205, 0.305]);
  });

  it('draws the learning rate per step without smoothing or validation', () => {
    const { rows: pts, validation } = buildChartSeries(
      run,
      'learningRate',
      view({ smoothing: 0.9 }),
    );
    // 0.1, 0.05, 0.0333: drawn where it changes, and at the end.
    expect(pts.map((p) => [p.step, p.train])).toEqual([
      [1, 0.1],
      [11, 0.05],
      [21, 0.1 / 3],
      [30, 0.1 / 3],
    ]);
    expect(pts.every((p) => p.val === null && p.trainRaw === null)).toBe(true);
    expect(validation).toEqual([]);
  });

  it('downsamples a long run and keeps the validation points', () => {
    const long = fakeRun(50, 400);
    const { rows: pts, validation } = buildChartSeries(long, 'loss', view({}), 1000);
    expect(pts.length).toBeLessThanOrEqual(1000);
    expect(validation).toHaveLength(50);
    const maxRaw = Math.max(...long.batches.map((b) => b.loss));
    expect(Math.max(...pts.map((p) => p.trainRaw ?? 0))).toBe(maxRaw);
  });

  it('leaves gaps for values a log axis cannot draw and for non-finite losses', () => {
    const batches = run.batches.map((b, i) => (i === 3 ? { ...b, loss: Infinity } : b));
    const withZero = batches.map((b, i) => (i === 5 ? { ...b, metric: 0 } : b));
    const input = { ...run, batches: withZero };
    const rows = (q: 'loss' | 'metric', v: Partial<ChartView>) =>
      buildChartSeries(input, q, view(v)).rows;
    expect(rows('loss', {})[3]!.trainRaw).toBeNull();
    expect(rows('metric', { smoothing: 0 })[5]!.train).toBe(0);
    expect(rows('metric', { smoothing: 0, yScale: 'log' })[5]!.train).toBeNull();
  });
});

describe('buildChartSeries per epoch', () => {
  it('draws one row per epoch with the task metric', () => {
    const cls = fakeRun(4, 5);
    const { rows: pts, validation } = buildChartSeries(
      cls,
      'metric',
      view({ granularity: 'epoch', xAxis: 'epoch' }),
    );
    expect(validation).toEqual([]);
    expect(pts.map((p) => [p.x, p.train, p.val, p.trainRaw])).toEqual(
      cls.history.map((r) => [r.epoch, r.acc, r.valAcc, null]),
    );
    const reg = fakeRun(4, 5, 'regression');
    const regPts = buildChartSeries(reg, 'metric', view({ granularity: 'epoch' })).rows;
    expect(regPts.map((p) => [p.x, p.train, p.val])).toEqual(
      reg.history.map((r) => [r.epoch * 5, r.mae, r.valMae]),
    );
  });

  it('uses epoch records alone when there are no batch records', () => {
    const { history } = fakeRun(3, 5);
    const pts = buildChartSeries(
      { batches: [], history, task: 'classification' },
      'loss',
      effectiveView(view({}), false),
    ).rows;
    expect(pts.map((p) => [p.x, p.step, p.train])).toEqual(
      history.map((r) => [r.epoch, null, r.loss]),
    );
  });
});
