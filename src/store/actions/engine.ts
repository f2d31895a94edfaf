/**
 * Starting the engine, applying the events it streams, and restarting it
 * when it crashes or stops answering. Events are buffered (in the store's
 * handles) and written into the store at most once per animation frame,
 * through the run slice's applyRunEvents, and the run's record grows by the
 * same events (actions/run-recording.ts).
 */
import { saidNotice } from '../slices/notice';
import { t } from '../../i18n';
import * as Comlink from 'comlink';
import type { EngineEvent, WeightsSnapshot } from '../../worker/protocol';
import { stableStringify } from '../../core/stable-json';
import { startEngine, type EngineHandle, type EngineOptions } from '../../worker/engine-client';
import { engineApi, setEngineApi } from '../engine-ref';
import { useStore, type AppState, type CurrentModel } from '../store';
import { ensureEngineData } from './data';
import { applyRunEvents, selectIsRunning } from '../slices/run-slice';
import { applyLrRangeProgress } from '../slices/lr-finder-slice';
import { applyBackendStatus, startupBackendStatus } from './backend';
import { refreshSaved } from './models';
import { failRunRecord, recordRunEvents } from './run-recording';
import {
  answersWithin,
  restartMessage,
  runEndsWithin,
  STOP_ANSWER_MS,
  STOP_END_MS,
  STOP_GIVE_UP_MS,
  WATCHDOG_ANSWER_MS,
  WATCHDOG_EVERY_MS,
  type EngineLoss,
  type KeptModel,
} from './engine-health';
import type { ModelReload } from '../handles';

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
    else if (e.type === 'snapshot') handles.weightsSnapshot = e.snapshot;
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
  const handles = useStore.getState().handles;
  handles.engine = handle;
  handle.onCrash?.((detail) => {
    if (handles.engine === handle) void restartEngine({ kind: 'crashed', detail });
  });
  watch(handle);
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
  useStore.getState().handles.engineOptions = opts;
  try {
    await connectEngine(await startEngine(opts));
  } catch (e) {
    useStore.setState({
      engine: {
        status: 'failed',
        mode: null,
        backend: null,
        renderer: null,
        note: t('engine:client.failedStart', { error: (e as Error).message }),
      },
    });
  }
}

/** While a run is going, ask the engine now and then whether it still answers. */
function watch(handle: EngineHandle): void {
  const handles = useStore.getState().handles;
  handles.clearWatchdog();
  // Only an engine in a worker can stop answering while the page goes on.
  if (!handle.close) return;
  let asking = false;
  handles.watchdogTimer = setInterval(() => {
    if (asking || !selectIsRunning(useStore.getState())) return;
    asking = true;
    // datasetKey() is the engine's cheapest call: it touches no tensors.
    void answersWithin(handle.api.datasetKey(), WATCHDOG_ANSWER_MS).then((answered) => {
      asking = false;
      if (!answered && handles.engine === handle) void restartEngine({ kind: 'unresponsive' });
    });
  }, WATCHDOG_EVERY_MS);
}

/**
 * Stop the run, and make sure it ends: an engine that does not take in the
 * Stop, or that no longer answers while its run does not end, is restarted.
 */
export async function stopRun(): Promise<void> {
  const handle = useStore.getState().handles.engine;
  if (!handle) return engineApi().stop();
  const restart = () =>
    handle.close && useStore.getState().handles.engine === handle
      ? restartEngine({ kind: 'unresponsive' })
      : undefined;
  if (!(await answersWithin(handle.api.stop(), STOP_ANSWER_MS))) return restart();
  for (let waited = STOP_END_MS; !(await runEndsWithin(STOP_END_MS)); waited += STOP_END_MS) {
    const answers = await answersWithin(handle.api.datasetKey(), STOP_ANSWER_MS);
    if (!answers || waited >= STOP_GIVE_UP_MS) return restart();
  }
}

/**
 * The engine crashed or stopped answering: end its run on the page (the
 * history already here stays), say what was lost, and start a new engine
 * the way the first one was started.
 */
export function restartEngine(loss: EngineLoss): Promise<void> {
  const handles = useStore.getState().handles;
  handles.engineRestart ??= restart(loss).finally(() => {
    handles.engineRestart = null;
  });
  return handles.engineRestart;
}

/** Resolves once no restart of the engine is going. */
export async function engineRestarted(): Promise<void> {
  await useStore.getState().handles.engineRestart;
}

async function restart(loss: EngineLoss): Promise<void> {
  const handles = useStore.getState().handles;
  handles.clearWatchdog();
  handles.engine?.close?.();
  handles.engine = null;
  flushEngineEvents();
  const s = useStore.getState();
  const running = selectIsRunning(s);
  const stoppedAt = running ? (s.history.at(-1)?.epoch ?? 0) : null;
  const snapshot = keptSnapshot(s);
  useStore.setState({
    trainState: running || s.model ? 'error' : s.trainState,
    trainMessage: saidNotice('info', () => t('engine:client.restarting')),
    recovery: null,
    engine: { ...s.engine, status: 'starting' },
  });
  try {
    await connectEngine(await startEngine(handles.engineOptions));
    const kept = await takeBack(s, snapshot);
    const text = restartMessage(loss, stoppedAt, kept);
    if (running && s.model?.runId) void failRunRecord(s.model.runId, text);
    useStore.setState((now) => ({
      trainMessage: { kind: 'error', text },
      model: kept === null ? null : now.model && { ...now.model, ...kept.model },
      ...(kept !== null && {
        history: now.history.filter((r) => r.epoch <= kept.epoch),
        batchHistory: now.batchHistory.filter((r) => r.epoch <= kept.epoch),
      }),
    }));
  } catch (e) {
    useStore.setState((now) => ({
      engine: {
        ...now.engine,
        status: 'failed',
        note: t('engine:client.failedRestart', { error: (e as Error).message }),
      },
    }));
  }
}

/** The page's snapshot of the current model's weights, if it has one that belongs to it. */
function keptSnapshot(s: AppState): WeightsSnapshot | null {
  const snap = s.handles.weightsSnapshot;
  const m = s.model;
  if (!snap || !m || !m.trainable) return null;
  const key = stableStringify({ network: m.network, dataset: m.dataset });
  return snap.key === key && snap.epoch <= (s.history.at(-1)?.epoch ?? 0) ? snap : null;
}

/** Give a restarted engine the model back: its last weights snapshot, else the model loaded again. */
async function takeBack(s: AppState, snapshot: WeightsSnapshot | null): Promise<KeptModel | null> {
  if (!s.model) return null;
  if (snapshot) return restoreInto(s.model, snapshot);
  const reload = s.handles.modelReload;
  return reload && reload.loaded === s.model.loaded ? loadAgain(reload) : null;
}

/** Rebuild the model from the page's snapshot of its weights; null when it could not be. */
async function restoreInto(
  model: CurrentModel,
  snapshot: WeightsSnapshot,
): Promise<KeptModel | null> {
  try {
    const datasetKey = await ensureEngineData();
    await engineApi().restoreWeights({
      datasetKey,
      dataset: model.dataset,
      network: model.network,
      training: model.training,
      snapshot,
    });
    return { kind: 'snapshot', epoch: snapshot.epoch, model: {} };
  } catch {
    return null;
  }
}

/** Load a model from the library or from files again, as it was loaded; null when it could not be. */
async function loadAgain(reload: ModelReload): Promise<KeptModel | null> {
  try {
    const loaded = await reload.again();
    useStore.getState().handles.modelLoaded({ ...reload, loaded });
    const epoch = loaded.meta?.history.at(-1)?.epoch ?? 0;
    return { kind: 'reloaded', from: reload.from, epoch, model: { loaded } };
  } catch {
    return null;
  }
}
