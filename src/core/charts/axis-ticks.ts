/**
 * Axis ticks for the training charts, computed here rather than by
 * recharts: its nice-tick search runs on arbitrary-precision decimals and
 * was a large part of each redraw. Pure and cheap (a pass over the drawn
 * points, then a handful of ticks).
 */
import type { TrainProgress } from '../train/history';
import type { ChartPoint, XAxisMode } from './series';

/** A linear axis: its domain and the values to label. */
export interface AxisTicks {
  domain: [number, number];
  ticks: number[];
}

/** About this many labelled ticks per axis, at most. */
export const TICK_COUNT = 5;

/** The space a y tick label needs, and what a chart's height spends on its x-axis and margins, in CSS px. */
const Y_TICK_PX = 32;
const X_AXIS_PX = 50;

/** How many y ticks fit a chart of this height: 2 in a short chart, up to TICK_COUNT. */
export const yTickCount = (heightPx: number): number =>
  Math.max(2, Math.min(TICK_COUNT, Math.floor((heightPx - X_AXIS_PX) / Y_TICK_PX)));

/**
 * The tick step for a span: 1, 2, 2.5 or 5 × 10^k, so that about `count`
 * steps cover `span`.
 * @param integer steps of at least 1 (an axis of whole steps)
 */
export function tickStep(span: number, count: number, integer = false): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 2.5 ? 2.5 : unit <= 5 ? 5 : 10;
  const step = nice * power;
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/** `k × step`, rounded to the step's decimals so ticks print as written (0.3, not 0.30000000000000004). */
function multiple(k: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((k * step).toFixed(Math.min(20, decimals)));
}

/** Multiples of the nice step inside [lo, hi] (one tick where lo = hi). */
export function ticksWithin(lo: number, hi: number, count: number, integer = false): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return [];
  if (hi === lo) return [lo];
  const step = tickStep(hi - lo, count, integer);
  const out: number[] = [];
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++)
    out.push(multiple(k, step));
  return out;
}

/**
 * An axis from 0 up to the first nice tick at or above `max`. While a run
 * grows its data, this changes only when the data passes the top tick, so
 * the axes and the grid are not redrawn with every new point.
 * @param integer ticks on whole numbers (an axis of steps)
 */
export function fromZeroAxis(max: number, count: number, integer = false): AxisTicks | null {
  if (!(max > 0) || !Number.isFinite(max)) return null;
  const step = tickStep(max, count, integer);
  const steps = Math.max(1, Math.ceil(max / step - 1e-9));
  const ticks = Array.from({ length: steps + 1 }, (_, k) => multiple(k, step));
  return { domain: [0, ticks.at(-1) as number], ticks };
}

/** An axis from 0 to exactly `max`, with nice ticks inside: for data that no longer grows. */
export function fittedAxis(max: number, count: number, integer = false): AxisTicks | null {
  if (!(max > 0) || !Number.isFinite(max)) return null;
  return { domain: [0, max], ticks: ticksWithin(0, max, count, integer) };
}

/** A key equal for equal axes: memoise on it to hand recharts the same arrays. */
export const axisKey = (a: AxisTicks | null): string =>
  a === null ? '' : `${a.domain.join(',')}|${a.ticks.join(',')}`;

/** The axis a key was made from (null for the key of none). */
export function parseAxisKey(key: string): AxisTicks | null {
  if (key === '') return null;
  const [domain = '', ticks = ''] = key.split('|');
  const [lo = 0, hi = 0] = domain.split(',').map(Number);
  return { domain: [lo, hi], ticks: ticks.split(',').map(Number) };
}

/** The largest x, and the largest and the smallest positive value, over the drawn points. */
export function pointExtent(sets: readonly (readonly ChartPoint[])[]): {
  xMax: number;
  yMax: number;
  yMinPositive: number;
} {
  let xMax = -Infinity;
  let yMax = -Infinity;
  let yMinPositive = Infinity;
  const see = (v: number | null) => {
    if (v === null) return;
    if (v > yMax) yMax = v;
    if (v > 0 && v < yMinPositive) yMinPositive = v;
  };
  for (const points of sets)
    for (const p of points) {
      if (p.x > xMax) xMax = p.x;
      see(p.train);
      see(p.trainRaw);
      see(p.val);
    }
  return { xMax, yMax, yMinPositive };
}

/**
 * A log axis over the decades that hold [min, max] (both above 0), labelled
 * at powers of ten: every decade, or every second or third one on a wide
 * span. Data that touch a power of ten get the decade beyond it, so a
 * constant line is not drawn on the plot's edge; `cap` bounds the top
 * (1 for fractions shown as percentages).
 */
export function logAxis(min: number, max: number, cap = Infinity): AxisTicks | null {
  if (!(min > 0) || !(max >= min) || !Number.isFinite(max)) return null;
  const lo = Math.floor(Math.log10(min) - 1e-9);
  const hi = Math.max(lo + 1, Math.min(Math.ceil(Math.log10(max) + 1e-9), Math.log10(cap)));
  const every = Math.ceil((hi - lo) / TICK_COUNT);
  const ticks: number[] = [];
  for (let k = lo; k <= hi; k += every) ticks.push(Number(`1e${k}`));
  return { domain: [Number(`1e${lo}`), Number(`1e${hi}`)], ticks };
}

/**
 * Where a running run will end on the x-axis: its last step or epoch
 * (unknown in training time). The charts' x-axis spans it from the first
 * batch, so the curves grow into a fixed frame (the run's progress at a
 * glance) and the axis is not redrawn as they grow.
 * @param progress the run's latest progress
 * @param lastStep the step of the latest batch record
 */
export function plannedXEnd(
  progress: TrainProgress | null,
  lastStep: number,
  mode: XAxisMode,
): number | null {
  if (progress === null || mode === 'time') return null;
  if (mode === 'epoch') return progress.epochsTotal;
  const { epoch, epochsTotal, batch, batchesPerEpoch } = progress;
  return lastStep + (epochsTotal - epoch) * batchesPerEpoch + (batchesPerEpoch - batch);
}
