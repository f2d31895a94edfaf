/**
 * How often charts redraw while records stream in. Pure: the UI measures
 * what a redraw costs and asks here how long to wait before the next one.
 */

/** The shortest wait between redraws, in ms: four a second looks live. */
export const MIN_REFRESH_MS = 250;
/** The longest wait between redraws, in ms, however slow the machine. */
export const MAX_REFRESH_MS = 2000;
/**
 * The share of the page's thread the charts may take while the engine trains
 * in a worker: that thread's time is a CPU core the worker and the GPU
 * driver may need too.
 */
const CHART_THREAD_SHARE = 0.1;
/**
 * The share when the engine trains on the page itself: every millisecond
 * spent drawing is one the trainer waits, so charts take much less.
 */
const PAGE_ENGINE_CHART_SHARE = 0.04;
/** The longest wait between redraws with the engine on the page, in ms. */
export const PAGE_ENGINE_MAX_REFRESH_MS = 4000;

/**
 * The wait before the next redraw, in ms, given what the last one took
 * (from new records to drawn, in ms): long enough that redrawing takes at
 * most its share of the time, within [MIN_REFRESH_MS, the maximum]. A busy
 * machine makes redraws slower and so less frequent, which leaves the
 * thread to the trainer and to input.
 * @param engineOnPage whether training shares the page's thread
 */
export function refreshInterval(lastDrawMs: number, engineOnPage = false): number {
  const share = engineOnPage ? PAGE_ENGINE_CHART_SHARE : CHART_THREAD_SHARE;
  const max = engineOnPage ? PAGE_ENGINE_MAX_REFRESH_MS : MAX_REFRESH_MS;
  const wanted = Number.isFinite(lastDrawMs) ? lastDrawMs / share : max;
  return Math.min(max, Math.max(MIN_REFRESH_MS, wanted));
}
