/**
 * Waiting for a quiet page before background work that competes with it
 * for the CPU. Installing the service worker fetches the whole app again
 * and compiles its scripts: on a two-core machine, done in the first
 * seconds of a run, it cost the page several dropped frames. Quiet means
 * the page has loaded, no work goes (a run, a sweep, a learning-rate
 * search) and none has for a settling time, and then the browser has an
 * idle moment. Work that starts later is not waited for.
 */

/** Whether the page's own work goes, and a way to hear when that may have changed. */
export interface WorkWatch {
  busy(): boolean;
  /** Call `onChange` whenever busy() may have changed; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/** The timers whenQuiet uses, injectable for tests. */
export interface QuietClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Run `run` when the browser is idle (or soon, where it cannot say). */
  idle(run: () => void): void;
}

/** How long nothing must have run before background work may start, in ms. */
export const QUIET_SETTLE_MS = 3000;
/** The longest an idle callback may wait once the page is quiet, in ms. */
const IDLE_TIMEOUT_MS = 2000;

const browserClock: QuietClock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  idle: (run) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS });
    else globalThis.setTimeout(run, 0);
  },
};

/**
 * Resolves once `watch` has not been busy for `settleMs` and an idle
 * moment has come. Busy again before then, it waits for the work to stop
 * and settles again.
 */
export function whenQuiet(
  watch: WorkWatch,
  settleMs = QUIET_SETTLE_MS,
  clock: QuietClock = browserClock,
): Promise<void> {
  return new Promise((resolve) => {
    let timer: unknown = null;
    let wasBusy: boolean | null = null;
    /** Counts the changes of busy: an idle moment asked for before the latest one is stale. */
    let generation = 0;
    let done = false;
    const finish = () => {
      if (done || watch.busy()) return;
      done = true;
      unsubscribe();
      if (timer !== null) clock.clearTimeout(timer);
      resolve();
    };
    const onChange = () => {
      const busy = watch.busy();
      if (done || busy === wasBusy) return;
      wasBusy = busy;
      generation += 1;
      const asked = generation;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      if (!busy)
        timer = clock.setTimeout(() => {
          timer = null;
          clock.idle(() => {
            if (asked === generation) finish();
          });
        }, settleMs);
    };
    const unsubscribe = watch.subscribe(onChange);
    onChange();
  });
}

/** Resolves once the page's `load` event has fired (at once if it has). */
export function whenLoaded(): Promise<void> {
  if (typeof document === 'undefined' || document.readyState === 'complete')
    return Promise.resolve();
  return new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
}
