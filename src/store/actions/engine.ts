/**
 * Starting the engine and applying the events it streams. Events are
 * buffered and written into the store at most once per animation frame.
 */
import * as Comlink from 'comlink';
import type { EngineEvent, RunEvent } from '../../worker/protocol';
import { startEngine, type EngineHandle, type EngineOptions } from '../../worker/engine-client';
import { setEngineApi } from '../engine-ref';
import { useStore } from '../store';
import { applyBackendStatus, startupBackendStatus } from './backend';
import { refreshSaved } from './models';
import { addWeights } from './weights';

let pending: RunEvent[] = [];
let scheduled = false;
/** While false, late state events from a finished run are ignored. */
let runActive = false;

const nextFrame = (cb: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(cb);
  else setTimeout(cb, 16);
};

export function setRunActive(active: boolean): void {
  runActive = active;
}

/** Write every buffered event into the store in one update. */
export function flushEngineEvents(): void {
  scheduled = false;
  if (pending.length === 0) return;
  const events = pending;
  pending = [];
  useStore.setState((s) => {
    let history = s.history;
    let batchHistory = s.batchHistory;
    let weightHistory = s.weightHistory;
    let { progress, trainState, trainMessage } = s;
    for (const e of events) {
      if (e.type === 'epoch') history = [...history, e.record];
      else if (e.type === 'batches') batchHistory = batchHistory.concat(e.records);
      else if (e.type === 'progress') progress = e.progress;
      else if (e.type === 'weights') weightHistory = addWeights(weightHistory, e.summary);
      else if (runActive) {
        trainState = e.state;
        if (e.message)
          trainMessage = { kind: e.state === 'error' ? 'error' : 'info', text: e.message };
      }
    }
    return { history, batchHistory, weightHistory, progress, trainState, trainMessage };
  });
}

function onEngineEvents(events: EngineEvent[]): void {
  // Backend reports are rare and shown at once; run events wait for the next frame.
  for (const e of events) {
    if (e.type === 'backend') applyBackendStatus(e.status);
    else pending.push(e);
  }
  if (!scheduled) {
    scheduled = true;
    nextFrame(flushEngineEvents);
  }
}

/** Use an already started engine (start-up, or a test driving the engine in Node). */
export async function connectEngine(handle: EngineHandle): Promise<void> {
  setEngineApi(handle.api);
  await handle.api.setListener(Comlink.proxy(onEngineEvents));
  const pref = useStore.getState().backendPreference;
  useStore.setState({
    engine: {
      status: 'ready',
      mode: handle.mode,
      ...startupBackendStatus(handle.info, pref, handle.note),
    },
  });
  await refreshSaved();
}

/** Start the engine (worker first) and connect it. */
export async function initEngine(opts: EngineOptions): Promise<void> {
  useStore.setState({ backendPreference: opts.backend ?? 'auto' });
  try {
    await connectEngine(await startEngine(opts));
  } catch (e) {
    useStore.setState({
      engine: {
        status: 'failed',
        mode: null,
        backend: null,
        renderer: null,
        note: `The engine failed to start: ${(e as Error).message}`,
      },
    });
  }
}
