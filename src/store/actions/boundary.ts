/**
 * The decision-boundary map of the 2-D plane: when to ask the engine for the
 * model's outputs over the grid, and keeping the result honest.
 *
 * Refresh policy (React plays no part in the timing):
 * - while training: only when new steps have arrived, at most once every
 *   REFRESH_MS, never two requests in flight, never per point; and on a slow
 *   machine, where one map takes longer, it waits 9× that map's time after
 *   it, so maps never take more than a tenth of the training time. While
 *   training, a map's wall time is mostly its wait behind queued training
 *   work, so the cost counted is the lower of that and the time of the last
 *   map made while idle for the same network (its own cost);
 * - otherwise at once: when a run ends, pauses or steps, when a model is
 *   trained or loaded, when the data changes;
 * - a map is kept only for the model and data it was computed for; anything
 *   else clears it, so a stale map is never drawn over other data.
 * Only synthetic 2-D sets (inputs = the plane) get a map.
 */
import {
  GRID_RESOLUTION,
  NEURON_RESOLUTION,
  type BoundaryView,
  type PlaneExtent,
} from '../../core/insight/grid';
import { engineApi } from '../engine-ref';
import {
  boundaryApplies,
  idleBoundaryRefresh,
  sameModel,
  selectBoundary,
  type BoundaryRefresh,
} from '../slices/insight-slice';
import { useStore, type AppState } from '../store';

export { isPlaneData, selectBoundary } from '../slices/insight-slice';

/** The plotted square of the built-in 2-D sets, in data units. */
export const PLANE_EXTENT: PlaneExtent = { x0: -1.5, x1: 1.5, y0: -1.5, y1: 1.5 };
/** Default refresh interval while training, in ms. */
export const REFRESH_MS = 500;
/** While training, the pause after a map is at least this many times the time it took. */
const PAUSE_PER_MAP = 9;

/**
 * Milliseconds to wait before the next map while training (0: go now).
 * @param now, lastStart, lastEnd performance.now() times; lastEnd < lastStart while one is out
 * @param idleMs what a map took with nothing else running, when known
 */
export function refreshWait(
  now: number,
  lastStart: number,
  lastEnd: number,
  idleMs = Infinity,
): number {
  const took = Math.min(Math.max(0, lastEnd - lastStart), idleMs);
  return Math.max(lastStart + REFRESH_MS - now, lastEnd + PAUSE_PER_MAP * took - now, 0);
}

const refresh = () => useStore.getState().boundaryRefresh;
const setRefresh = (patch: Partial<BoundaryRefresh>) =>
  useStore.setState((s) => ({ boundaryRefresh: { ...s.boundaryRefresh, ...patch } }));

/** Training proper (not paused): maps are throttled then. */
const isTraining = (s: AppState): boolean => s.trainState === 'training';

/** Ask the engine for the grid now, and store it if the model and data are still the same. */
async function refreshBoundary(): Promise<void> {
  const s = useStore.getState();
  if (!boundaryApplies(s) || !s.model) return;
  const { model, dataset } = s;
  const step = s.batchHistory.at(-1)?.step ?? 0;
  const epoch = s.batchHistory.at(-1)?.epoch ?? s.history.at(-1)?.epoch ?? 0;
  const epochsDone = s.history.at(-1)?.epoch ?? 0;
  const final = !isTraining(s);
  try {
    const grid = await engineApi().predictGrid({
      extent: PLANE_EXTENT,
      resolution: GRID_RESOLUTION,
      scaling: dataset.scaling ?? null,
      neuronResolution: NEURON_RESOLUTION,
    });
    const now = useStore.getState();
    if (now.dataset !== dataset || !sameModel(now.model, model)) return;
    useStore.setState({
      boundary: { grid, model, dataset, step, epoch, epochsDone, final },
      boundaryError: null,
    });
  } catch (e) {
    // At the very start of a run the engine may not hold the new model yet: the next refresh retries.
    if (isTraining(useStore.getState())) return;
    useStore.setState({ boundary: null, boundaryError: (e as Error).message });
  }
}

function pump(): void {
  const s = useStore.getState();
  const r = s.boundaryRefresh;
  if (s.handles.boundaryTimer || r.inFlight || !r.dirty) return;
  const training = isTraining(s);
  const network = s.model?.network;
  const idleMs = r.idleMap && r.idleMap.network === network ? r.idleMap.ms : Infinity;
  const wait = training ? refreshWait(performance.now(), r.lastStart, r.lastEnd, idleMs) : 0;
  if (wait > 0) {
    const handles = s.handles;
    handles.boundaryTimer = setTimeout(() => {
      handles.boundaryTimer = null;
      pump();
    }, wait);
    return;
  }
  const lastStart = performance.now();
  const gen = r.generation;
  setRefresh({ dirty: false, inFlight: true, lastStart });
  void refreshBoundary().finally(() => {
    if (gen !== refresh().generation) return;
    const lastEnd = performance.now();
    const idle = !training && !isTraining(useStore.getState());
    setRefresh({
      inFlight: false,
      lastEnd,
      ...(idle && { idleMap: { network, ms: lastEnd - lastStart } }),
    });
    pump();
  });
}

/** Mark the map out of date; `now` skips the training throttle. */
function requestBoundary(now = false): void {
  setRefresh({ dirty: true });
  if (now) useStore.getState().handles.clearBoundaryTimer();
  pump();
}

/** What the boundary reacts to (store/reactions.ts subscribes to it). */
export const boundaryInputs = (s: AppState) =>
  [
    s.model,
    s.dataset,
    s.engine.status,
    s.trainState,
    s.batchHistory.at(-1),
    s.history.at(-1),
  ] as const;

type BoundaryInputs = ReturnType<typeof boundaryInputs>;

/** After a change of boundaryInputs: clear a map that no longer fits, or ask for a new one. */
export function onBoundaryInputs(now: BoundaryInputs, prev: BoundaryInputs): void {
  if (refresh().watchers === 0) return;
  const [model, dataset, status, trainState, lastStep, lastEpoch] = now;
  const changed =
    model !== prev[0] || dataset !== prev[1] || status !== prev[2] || trainState !== prev[3];
  // New steps (not a history just emptied for a fresh run: its model may not exist yet).
  const stepped = lastStep !== undefined && lastStep !== prev[4];
  // A run's last records can land after its end state: the final map must say their epoch.
  const lateEpoch = trainState !== 'training' && lastEpoch !== prev[5] && model !== null;
  if (!changed && !stepped && !lateEpoch) return;
  const s = useStore.getState();
  if (s.boundary && !selectBoundary(s)) useStore.setState({ boundary: null });
  if (!boundaryApplies(s)) {
    if (s.boundary || s.boundaryError) useStore.setState({ boundary: null, boundaryError: null });
    return;
  }
  if (trainState === 'training') {
    if (stepped) requestBoundary();
  } else requestBoundary(true);
}

/**
 * Keep the boundary map up to date while something shows it. Returns the
 * function that stops (refreshes end when the last watcher stops). The
 * reaction to changes is registered with the others, in store/reactions.ts.
 */
export function watchBoundary(): () => void {
  const first = refresh().watchers === 0;
  setRefresh({ watchers: refresh().watchers + 1 });
  if (first && boundaryApplies(useStore.getState())) requestBoundary(true);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    const watchers = refresh().watchers - 1;
    if (watchers > 0) return setRefresh({ watchers });
    useStore.getState().handles.clearBoundaryTimer();
    useStore.setState((s) => ({
      boundaryRefresh: idleBoundaryRefresh(s.boundaryRefresh.generation + 1),
    }));
  };
}

/** Change how the plane is drawn. */
export function setBoundaryView(patch: Partial<BoundaryView>): void {
  useStore.getState().setBoundaryView(patch);
}
