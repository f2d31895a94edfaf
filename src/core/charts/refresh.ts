/**
 * How often charts redraw while records stream in. Pure: the UI measures
 * what a redraw costs and asks here how long to wait before the next one.
 */

/** The shortest wait between redraws, in ms: four a second looks live. */
export const MIN_REFRESH_MS = 250;
/** The longest wait between redraws, in ms, however slow the machine. */
export const MAX_REFRESH_MS = 2000;
/** The share of the page's thread the charts may take during training. */
export const CHART_THREAD_SHARE = 0.2;

/**
 * The wait before the next redraw, in ms, given what the last one took
 * (from new records to drawn, in ms): long enough that redrawing takes at
 * most CHART_THREAD_SHARE of the time, within [MIN_REFRESH_MS, MAX_REFRESH_MS].
 * A busy machine makes redraws slower and so less frequent, which leaves
 * the thread to the trainer and to input.
 */
export function refreshInterval(lastDrawMs: number): number {
  const wanted = Number.isFinite(lastDrawMs) ? lastDrawMs / CHART_THREAD_SHARE : MAX_REFRESH_MS;
  return Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, wanted));
}
