/**
 * Starting the engine and applying the events it streams. Events are
 * buffered (in the store's handles) and written into the store at most once
 * per animation frame, through the run slice's applyRunEvents, and the
 * run's record grows by the same events (actions/run-recording.ts).
 */
import * as Comlink from 'comlink';
import type { EngineEvent } from '../../worker/protocol';
import { startEngine, type EngineHandle, type EngineOptions } from '../../worker/engine-client';
import { setEngineApi } from '../engine-ref';
import { useStore } from '../store';
import { applyRunEvents } from '../slices/run-slice';
import { applyLrRangeProgress } from '../slices/lr-finder-slice';
import { applyBackendStatus, startupBackendStatus } from './backend';
import { refreshSaved } from './models';
import { recordRunEvents } from './run-recording';

const nextFrame = (cb: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(cb);
  else setTimeout(cb, 16);
};

/** Write every buffered event into the store in one update. */
export function flushEngineEvents(): void {
  const handles = useStore.getState().handles;
  handles.flushBooked = false;
  if (handles.pendingEvents.length === 0) return;
  const events = handles.pendingEvents;
  handles.pendingEvents = [];
  useStore.setState((s) => applyRunEvents(s, events));
  recordRunEvents(events);
}

function onEngineEvents(events: EngineEvent[]): void {
  const handles = useStore.getState().handles;
  // Backend reports are rare and shown at once, as is the range test's progress
  // (every 100 ms at most); run events wait for the next frame.
  for (const e of events) {
    if (e.type === 'backend') applyBackendStatus(e.status);
    else if (e.type === 'lr-range') useStore.setState((s) => applyLrRangeProgress(s, e.progress));
    else handles.pendingEvents.push(e);
  }
  if (!handles.flushBooked) {
    handles.flushBooked = true;
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
