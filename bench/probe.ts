/**
 * What bench/run.ts installs in the real app's page before its scripts run
 * (`page.addInitScript`): a buffered long-task observer, an rAF loop that
 * timestamps frames while recording, the time of the Train click, the time
 * Train first became clickable, when the loss chart first drew points after
 * the click, and (once the `?bench` hook is there) each
 * epoch's validation accuracy with the time it reached the page. The page
 * code only collects; bench/stats.ts turns it into figures.
 */

/** What the probe has collected, read back with `page.evaluate`. */
export interface ProbeData {
  tasks: { startTime: number; duration: number }[];
  frames: number[];
  clickAt: number | null;
  trainEnabledAt: number | null;
  epochs: { epoch: number; valAcc: number | null; at: number }[];
  endedAt: number | null;
  endState: string | null;
  /**
   * When the bench began its click on Stop, for a run it cut at its cap:
   * the window ends there, so the harness's own work for that click (its
   * hit-target checks run on the page's thread) is not counted as the app's.
   */
  stopAt: number | null;
  /** When the loss chart first held the run's points (its `data-drawn` above 0 after the click). */
  firstCurveAt: number | null;
}

declare global {
  interface Window {
    __benchProbe?: ProbeData & { recording: boolean };
  }
}

const TRAIN_LABEL = /^(Train|Continue training)$/;

/** Runs in the page, before the app: keep it self-contained (it is serialised). */
export function installProbe(trainLabel: string): void {
  const label = new RegExp(trainLabel);
  const probe: NonNullable<Window['__benchProbe']> = {
    tasks: [],
    frames: [],
    clickAt: null,
    trainEnabledAt: null,
    epochs: [],
    endedAt: null,
    endState: null,
    stopAt: null,
    firstCurveAt: null,
    recording: false,
  };
  window.__benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.tasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure stays 0 tasks.
  }
  const frame = (t: number) => {
    if (probe.recording) probe.frames.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const isTrain = (b: Element | null): b is HTMLButtonElement =>
    b instanceof HTMLButtonElement && label.test(b.textContent?.trim() ?? '');
  document.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element | null)?.closest?.('button') ?? null;
      if (isTrain(button) && probe.clickAt === null) {
        probe.clickAt = performance.now();
        probe.recording = true;
      }
    },
    true,
  );
  // The first moment a Train button exists and is enabled, from navigation start.
  const check = () => {
    if (probe.trainEnabledAt !== null) return;
    for (const b of document.querySelectorAll('button'))
      if (isTrain(b) && !b.disabled) {
        probe.trainEnabledAt = performance.now();
        observer.disconnect();
        return;
      }
  };
  const observer = new MutationObserver(check);
  // The loss chart's box says how many points it drew: the first after the click is the curve setting off.
  const curve = new MutationObserver((records) => {
    if (probe.clickAt === null) return;
    for (const r of records) {
      const box = r.target as Element;
      if (box.getAttribute('data-testid') !== 'loss-chart') continue;
      if (Number(box.getAttribute('data-drawn')) > 0) {
        probe.firstCurveAt = performance.now();
        curve.disconnect();
        return;
      }
    }
  });
  const watch = () => {
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    curve.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-drawn'],
    });
  };
  if (document.documentElement) watch();
  else document.addEventListener('DOMContentLoaded', watch);
}

/** Runs in the page once the app is up: follow the store through the `?bench` hook. */
export function followStore(): void {
  const probe = window.__benchProbe;
  const hook = window.__playground;
  if (!probe || !hook) throw new Error('The page has no bench probe or no ?bench hook.');
  let seen = hook.getState().history.length;
  hook.subscribe((s) => {
    const at = performance.now();
    for (const r of s.history.slice(seen))
      probe.epochs.push({ epoch: r.epoch, valAcc: r.valAcc, at });
    seen = s.history.length;
    if (
      probe.clickAt !== null &&
      probe.endedAt === null &&
      (s.trainState === 'done' || s.trainState === 'error')
    ) {
      probe.endedAt = at;
      probe.endState = s.trainState;
      probe.recording = false;
    }
  });
}

export const TRAIN_LABEL_SOURCE = TRAIN_LABEL.source;
