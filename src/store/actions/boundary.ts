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
import { isSynthetic } from '../../core/data/dataset-spec';
import {
  GRID_RESOLUTION,
  NEURON_RESOLUTION,
  type BoundaryView,
  type PlaneExtent,
} from '../../core/insight/grid';
import { engineApi } from '../engine-ref';
import { useStore, type AppState, type CurrentModel } from '../store';

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

let inFlight = false;
let dirty = false;
let lastStart = -Infinity;
let lastEnd = -Infinity;
/** The last map made while not training, and the network it was made for. */
let idleMap: { network: unknown; ms: number } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let watchers = 0;
let unsubscribe: (() => void) | null = null;
/** Bumped when the last watcher stops, so a request still out then is forgotten. */
let generation = 0;

/** Whether the current data is the 2-D plane (a synthetic set with two inputs). */
export function isPlaneData(s: Pick<AppState, 'dataset' | 'datasetSpec'>): boolean {
  const shape = s.dataset.inputShape;
  return isSynthetic(s.datasetSpec) && shape.length === 1 && shape[0] === 2;
}

/** Whether the current data and model get a boundary map at all. */
export function boundaryApplies(s: AppState): boolean {
  return s.model !== null && s.engine.status === 'ready' && isPlaneData(s);
}

/** The same model for drawing purposes (a continued run gets a new record, same weights). */
const sameModel = (a: CurrentModel | null, b: CurrentModel | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.network === b.network &&
    a.dataset === b.dataset &&
    a.source === b.source &&
    a.name === b.name);

/** The boundary map if it belongs to the current model and data, else null. */
export function selectBoundary(s: AppState): AppState['boundary'] {
  const b = s.boundary;
  return b && b.dataset === s.dataset && sameModel(b.model, s.model) ? b : null;
}

/** Ask the engine for the grid now, and store it if the model and data are still the same. */
export async function refreshBoundary(): Promise<void> {
  const s = useStore.getState();
  if (!boundaryApplies(s) || !s.model) return;
  const { model, dataset } = s;
  const step = s.batchHistory.at(-1)?.step ?? 0;
  const epoch = s.batchHistory.at(-1)?.epoch ?? s.history.at(-1)?.epoch ?? 0;
  const epochsDone = s.history.at(-1)?.epoch ?? 0;
  const final = s.trainState !== 'training';
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
    if (useStore.getState().trainState === 'training') return;
    useStore.setState({ boundary: null, boundaryError: (e as Error).message });
  }
}

function pump(): void {
  if (timer || inFlight || !dirty) return;
  const s = useStore.getState();
  const training = s.trainState === 'training';
  const network = s.model?.network;
  const idleMs = idleMap && idleMap.network === network ? idleMap.ms : Infinity;
  const wait = training ? refreshWait(performance.now(), lastStart, lastEnd, idleMs) : 0;
  if (wait > 0) {
    timer = setTimeout(() => {
      timer = null;
      pump();
    }, wait);
    return;
  }
  dirty = false;
  inFlight = true;
  lastStart = performance.now();
  const gen = generation;
  void refreshBoundary().finally(() => {
    if (gen !== generation) return;
    inFlight = false;
    lastEnd = performance.now();
    if (!training && useStore.getState().trainState !== 'training')
      idleMap = { network, ms: lastEnd - lastStart };
    pump();
  });
}

/** Mark the map out of date; `now` skips the training throttle. */
export function requestBoundary(now = false): void {
  dirty = true;
  if (now && timer) {
    clearTimeout(timer);
    timer = null;
  }
  pump();
}

function onChange(s: AppState, prev: AppState): void {
  const changed =
    s.model !== prev.model ||
    s.dataset !== prev.dataset ||
    s.engine.status !== prev.engine.status ||
    s.trainState !== prev.trainState;
  // New steps (not a history just emptied for a fresh run: its model may not exist yet).
  const last = s.batchHistory.at(-1);
  const stepped = last !== undefined && last !== prev.batchHistory.at(-1);
  // A run's last records can land after its end state: the final map must say their epoch.
  const lateEpoch =
    s.trainState !== 'training' && s.history.at(-1) !== prev.history.at(-1) && s.model !== null;
  if (!changed && !stepped && !lateEpoch) return;
  if (s.boundary && !selectBoundary(s)) useStore.setState({ boundary: null });
  if (!boundaryApplies(s)) {
    if (s.boundary || s.boundaryError) useStore.setState({ boundary: null, boundaryError: null });
    return;
  }
  if (s.trainState === 'training') {
    if (stepped) requestBoundary();
  } else requestBoundary(true);
}

/**
 * Keep the boundary map up to date while something shows it. Returns the
 * function that stops (the subscription ends when the last watcher stops).
 */
export function watchBoundary(): () => void {
  watchers++;
  if (!unsubscribe) {
    unsubscribe = useStore.subscribe(onChange);
    if (boundaryApplies(useStore.getState())) requestBoundary(true);
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    watchers--;
    if (watchers === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
      generation++;
      if (timer) clearTimeout(timer);
      timer = null;
      inFlight = false;
      dirty = false;
      lastStart = -Infinity;
      lastEnd = -Infinity;
      idleMap = null;
    }
  };
}

/** Change how the plane is drawn. */
export function setBoundaryView(patch: Partial<BoundaryView>): void {
  useStore.setState((s) => ({ boundaryView: { ...s.boundaryView, ...patch } }));
}
