import { useEffect, useState, useSyncExternalStore } from 'react';
import { selectLrFinderRunning } from '../../store/slices/lr-finder-slice';
import { selectIsRunning } from '../../store/slices/run-slice';
import { selectSweepGoing } from '../../store/slices/sweep-slice';
import { useStore, type AppState } from '../../store/store';
import { applyUpdate, subscribeUpdate, updateWaiting } from './sw-updates';
import { updateStep } from './update-gate';
import './pwa.css';

const selectBusy = (s: AppState): boolean =>
  selectIsRunning(s) || selectSweepGoing(s) || selectLrFinderRunning(s);

const noUpdateOnServer = () => false;

/**
 * "A new version is available — Reload", under the header, once a new
 * version of the app is installed and waiting. The reload never cuts a run
 * short: asked for during one, it waits for the run to stop and says so.
 */
export function UpdatePrompt() {
  const waiting = useSyncExternalStore(subscribeUpdate, updateWaiting, noUpdateOnServer);
  const busy = useStore(selectBusy);
  const [requested, setRequested] = useState(false);
  const step = updateStep(waiting, busy, requested);

  useEffect(() => {
    if (step === 'reload') applyUpdate();
  }, [step]);

  if (step === 'hidden') return null;
  return (
    <div className="notice info update-prompt" role="status" aria-label="App update">
      {step === 'offer' && <p>A new version is available</p>}
      {step === 'offer-after-run' && (
        <p>A new version is available — it can load when the run stops</p>
      )}
      {step === 'deferred' && <p>A new version is available — reloading when the run stops</p>}
      {step === 'reload' && <p>A new version is available — loading it…</p>}
      {step === 'offer' && (
        <button type="button" className="primary" onClick={() => setRequested(true)}>
          Reload
        </button>
      )}
      {step === 'offer-after-run' && (
        <button type="button" onClick={() => setRequested(true)}>
          Reload when the run stops
        </button>
      )}
      {step === 'deferred' && (
        <button type="button" onClick={() => setRequested(false)}>
          Don’t reload
        </button>
      )}
    </div>
  );
}
