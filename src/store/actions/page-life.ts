/**
 * The page among other tabs and on its way out: re-read the saved models or
 * the runs when another tab changed them, and ask before the page is left
 * (reload, close, navigate) while a run goes or a trained model is not
 * kept anywhere. The browser's question is armed only in those states, so
 * leaving an idle page never asks.
 */
import { selectIsRunning } from '../slices/run-slice';
import { useStore, type AppState } from '../store';
import { listenToOtherTabs } from '../sync/tab-channel';
import { refreshSaved } from './models';
import { loadRuns } from './runs';

/**
 * True while leaving the page would lose work: a run is going, or the
 * model was trained here since it was last saved (or loaded).
 */
export function selectWorkAtStake(s: AppState): boolean {
  if (selectIsRunning(s)) return true;
  const m = s.model;
  if (!m?.trainable) return false;
  const kept = s.modelKept;
  return !kept || kept.runId !== (m.runId ?? null) || kept.epochs !== s.history.length;
}

const askFirst = (e: BeforeUnloadEvent) => {
  e.preventDefault();
  // Older Chromium asks only when returnValue is set as well.
  e.returnValue = '';
};

/** Ask before leaving while work is at stake; returns the function that stops asking. */
export function startLeaveGuard(): () => void {
  let armed = false;
  const arm = (atStake: boolean) => {
    if (atStake === armed) return;
    armed = atStake;
    if (atStake) globalThis.addEventListener?.('beforeunload', askFirst);
    else globalThis.removeEventListener?.('beforeunload', askFirst);
  };
  arm(selectWorkAtStake(useStore.getState()));
  const stop = useStore.subscribe(selectWorkAtStake, arm);
  return () => {
    stop();
    arm(false);
  };
}

/** Follow other tabs' saves, renames and deletes; returns the function that stops it. */
export function followOtherTabs(): () => void {
  return listenToOtherTabs((topic) => {
    if (topic === 'models') void refreshSaved(true);
    else void loadRuns();
  });
}
