/**
 * The page's side of fault injection, for the e2e tests: with `?faults=1`
 * in the URL, `window.nnFaults` asks the engine's worker for a real fault
 * (worker/faults.ts). Without it nothing is installed.
 */
import type { FaultKind, FaultMessage } from './protocol';

export type FaultHooks = Record<
  | 'loseContext'
  | 'restoreContext'
  | 'crashWorker'
  | 'closeWorker'
  | 'hangWorker'
  | 'failNextAllocation',
  () => void
>;

declare global {
  interface Window {
    nnFaults?: FaultHooks;
  }
}

const faultsWanted = (): boolean =>
  typeof location !== 'undefined' && new URLSearchParams(location.search).get('faults') === '1';

/** Point `window.nnFaults` at `worker` (the engine's latest) when the URL asks for faults. */
export function installFaultHooks(worker: Worker): void {
  if (!faultsWanted() || typeof window === 'undefined') return;
  const send = (nnFault: FaultKind) => () => worker.postMessage({ nnFault } satisfies FaultMessage);
  window.nnFaults = {
    loseContext: send('lose-context'),
    restoreContext: send('restore-context'),
    crashWorker: send('crash'),
    closeWorker: send('close'),
    hangWorker: send('hang'),
    failNextAllocation: send('fail-allocation'),
  };
}
