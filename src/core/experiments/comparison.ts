/**
 * The comparison chart's data, pure: each selected run's curve of one
 * quantity (training and/or validation), built by the training charts'
 * own series code (smoothing, downsampling, log-scale gaps), then merged
 * into one table of rows by x for recharts, and read back at any x for
 * the tooltip.
 */
import {
  buildChartSeries,
  type ChartView,
  type Quantity,
  type TaskKind,
  type XAxisMode,
  type YScale,
} from '../charts/series';
import type { BatchRecord, EpochRecord } from '../train/history';

/** The most points drawn per curve. */
export const COMPARISON_MAX_POINTS = 400;

export interface RunHistory {
  epochs: readonly EpochRecord[];
  batches: readonly BatchRecord[];
}

export interface ComparisonView {
  quantity: Exclude<Quantity, 'learningRate'>;
  showTrain: boolean;
  showVal: boolean;
  xAxis: XAxisMode;
  yScale: YScale;
  smoothing: number;
}

export const DEFAULT_COMPARISON_VIEW: ComparisonView = {
  quantity: 'loss',
  showTrain: true,
  showVal: true,
  xAxis: 'epoch',
  yScale: 'linear',
  smoothing: 0.6,
};

export interface CurvePoint {
  x: number;
  y: number;
}

/** One run's drawn curves, x ascending; null values are left out (a gap). */
export interface RunCurves {
  train: CurvePoint[];
  val: CurvePoint[];
}

const points = (rows: readonly { x: number; v: number | null }[]): CurvePoint[] =>
  rows.flatMap((r) => (r.v === null ? [] : [{ x: r.x, y: r.v }]));

/**
 * A run's curves in `view`. Per epoch on an epoch axis; per batch (smoothed)
 * on a step or time axis where the run has batch records.
 */
export function runCurves(history: RunHistory, task: TaskKind, view: ComparisonView): RunCurves {
  const hasBatches = history.batches.length > 0;
  const chartView: ChartView = {
    granularity: view.xAxis === 'epoch' || !hasBatches ? 'epoch' : 'batch',
    xAxis: view.xAxis === 'step' && !hasBatches ? 'epoch' : view.xAxis,
    yScale: view.yScale,
    smoothing: view.smoothing,
  };
  const s = buildChartSeries(
    { batches: history.batches, history: history.epochs, task },
    view.quantity,
    chartView,
    COMPARISON_MAX_POINTS,
  );
  const valRows = chartView.granularity === 'batch' ? s.validation : s.rows;
  return {
    train: view.showTrain ? points(s.rows.map((p) => ({ x: p.x, v: p.train }))) : [],
    val: view.showVal ? points(valRows.map((p) => ({ x: p.x, v: p.val }))) : [],
  };
}

/** Row keys: `t0`, `v0` for the first run's training and validation values, and so on. */
export const trainKey = (i: number): string => `t${i}`;
export const valKey = (i: number): string => `v${i}`;

export type ComparisonRow = { x: number } & Record<string, number | null>;

/** One row per distinct x over all curves, each curve's value where it has a point there. */
export function mergeCurves(curves: readonly RunCurves[]): ComparisonRow[] {
  const byX = new Map<number, ComparisonRow>();
  const put = (key: string, ps: readonly CurvePoint[]) => {
    for (const p of ps) {
      let row = byX.get(p.x);
      if (!row) byX.set(p.x, (row = { x: p.x }));
      row[key] = p.y;
    }
  };
  curves.forEach((c, i) => {
    put(trainKey(i), c.train);
    put(valKey(i), c.val);
  });
  return [...byX.values()].sort((a, b) => a.x - b.x);
}

/**
 * The curve's value at `x`: its last point at or before x, or null before
 * its first point or after its last point (a finished run says nothing
 * past its end).
 */
export function valueAt(ps: readonly CurvePoint[], x: number): number | null {
  const last = ps.at(-1);
  if (!last || x < (ps[0] as CurvePoint).x || x > last.x) return null;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ps[mid] as CurvePoint).x <= x) lo = mid;
    else hi = mid - 1;
  }
  return (ps[lo] as CurvePoint).y;
}

/** The largest x and y over the curves, for the axes. */
export function curvesExtent(curves: readonly RunCurves[]): { xMax: number; yMax: number } {
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (const c of curves)
    for (const p of [...c.train, ...c.val]) {
      if (p.x > xMax) xMax = p.x;
      if (p.y > yMax) yMax = p.y;
    }
  return { xMax, yMax };
}
