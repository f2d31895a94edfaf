/**
 * Small statistics the benchmarks report: percentiles of frame intervals,
 * long-task summaries, throughput ratios. Pure functions over numbers.
 */

/**
 * The `p`-th percentile (0..100) of `xs` by the nearest-rank method: the
 * smallest value with at least p% of the values at or below it. NaN when
 * `xs` is empty.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  if (!(p >= 0 && p <= 100)) throw new Error(`A percentile is between 0 and 100, not ${p}.`);
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** Differences between consecutive timestamps (ms), e.g. requestAnimationFrame times. */
export function intervals(times: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < times.length; i++) out.push((times[i] as number) - (times[i - 1] as number));
  return out;
}

/** Frame figures from rAF timestamps (ms): the 95th-percentile and longest interval. */
export function frameStats(times: readonly number[]): {
  p95FrameMs: number | null;
  longestFrameMs: number | null;
  frames: number;
} {
  const gaps = intervals(times);
  if (gaps.length === 0) return { p95FrameMs: null, longestFrameMs: null, frames: 0 };
  return {
    p95FrameMs: percentile(gaps, 95),
    longestFrameMs: Math.max(...gaps),
    frames: gaps.length,
  };
}

/** A long task as PerformanceObserver reports it (ms on the page's clock). */
export interface TaskEntry {
  startTime: number;
  duration: number;
}

/**
 * Long tasks that overlap the window [from, to] (ms): the longest and how
 * many run over `overMs` (50 ms: the longtask threshold). Overlap, not
 * containment: a task that began just before `from` is the one whose event
 * handler recorded `from` (the Train click), so it belongs to the run.
 */
export function longTaskStats(
  tasks: readonly TaskEntry[],
  from: number,
  to: number,
  overMs = 50,
): { longestTaskMs: number; longTasks: number } {
  const inside = tasks.filter((t) => t.startTime + t.duration >= from && t.startTime <= to);
  return {
    longestTaskMs: inside.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: inside.filter((t) => t.duration > overMs).length,
  };
}

/**
 * The app against the fastest bare backend: the app's ratio to bare `fit`
 * on its own backend, times that backend's bare rate over the fastest one's.
 * Both rates come from one page, so drift between pages cancels out.
 */
export function vsFastest(
  appVsSameBackend: number,
  bareRates: Readonly<Record<string, number>>,
  appBackend: string,
): { ratio: number; fastest: string } | null {
  const same = bareRates[appBackend];
  const entries = Object.entries(bareRates).filter(([, r]) => Number.isFinite(r) && r > 0);
  if (same === undefined || entries.length === 0) return null;
  const [fastest, rate] = entries.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { ratio: (appVsSameBackend * same) / rate, fastest };
}
