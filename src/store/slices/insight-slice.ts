/**
 * The insight slice: the decision-boundary map of the 2-D plane, how it is
 * drawn, and the bookkeeping of its refreshes (store/actions/boundary.ts
 * decides when; the timer itself lives in the store's handles).
 */
import type { Dataset } from '../../core/data/dataset';
import { isSynthetic } from '../../core/data/dataset-spec';
import { DEFAULT_BOUNDARY_VIEW, type BoundaryView } from '../../core/insight/grid';
import type { GridResult } from '../../worker/protocol';
import type { CurrentModel } from './run-slice';
import type { AllSlices, SliceCreator } from './types';

/** A computed map and what it was computed for. */
export interface BoundaryMap {
  grid: GridResult;
  model: CurrentModel;
  dataset: Dataset;
  /** Optimisation steps trained when it was computed. */
  step: number;
  /** The epoch that step belongs to, and how many epochs were complete then. */
  epoch: number;
  epochsDone: number;
  /** Computed while not training (the run had ended, paused or stepped). */
  final: boolean;
}

/** Where the boundary's refreshes stand (performance.now() times in ms). */
export interface BoundaryRefresh {
  /** Views showing the map now; refreshes run only while there is one. */
  watchers: number;
  /** A change arrived that the map does not show yet. */
  dirty: boolean;
  inFlight: boolean;
  lastStart: number;
  lastEnd: number;
  /** The last map made while not training, and the network it was made for. */
  idleMap: { network: unknown; ms: number } | null;
  /** Bumped when the last view stops (or the store is reset): answers to older requests are dropped. */
  generation: number;
}

export interface InsightSlice {
  /** The model's outputs over the 2-D plane; drawn only while that model and data are current. */
  boundary: BoundaryMap | null;
  /** Why the boundary cannot be drawn for the current model, or null. */
  boundaryError: string | null;
  /** How the plane is drawn: boundary on/off, test points, discretised, hidden unit shown. */
  boundaryView: BoundaryView;
  boundaryRefresh: BoundaryRefresh;
  /** Change how the plane is drawn. */
  setBoundaryView: (patch: Partial<BoundaryView>) => void;
}

export const idleBoundaryRefresh = (generation = 0): BoundaryRefresh => ({
  watchers: 0,
  dirty: false,
  inFlight: false,
  lastStart: -Infinity,
  lastEnd: -Infinity,
  idleMap: null,
  generation,
});

export const initialInsightState = (): Omit<InsightSlice, 'setBoundaryView'> => ({
  boundary: null,
  boundaryError: null,
  boundaryView: DEFAULT_BOUNDARY_VIEW,
  boundaryRefresh: idleBoundaryRefresh(),
});

export const createInsightSlice: SliceCreator<InsightSlice> = (set) => ({
  ...initialInsightState(),
  setBoundaryView: (patch) => set((s) => ({ boundaryView: { ...s.boundaryView, ...patch } })),
});

/** Whether the current data is the 2-D plane (a synthetic set with two inputs). */
export function isPlaneData(s: Pick<AllSlices, 'dataset' | 'datasetSpec'>): boolean {
  const shape = s.dataset.inputShape;
  return isSynthetic(s.datasetSpec) && shape.length === 1 && shape[0] === 2;
}

/** Whether the current data and model get a boundary map at all. */
export function boundaryApplies(s: AllSlices): boolean {
  return s.model !== null && s.engine.status === 'ready' && isPlaneData(s);
}

/** The same model for drawing purposes (a continued run gets a new record, same weights). */
export const sameModel = (a: CurrentModel | null, b: CurrentModel | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.network === b.network &&
    a.dataset === b.dataset &&
    a.source === b.source &&
    a.name === b.name);

/** The boundary map if it belongs to the current model and data, else null. */
export function selectBoundary(s: AllSlices): BoundaryMap | null {
  const b = s.boundary;
  return b && b.dataset === s.dataset && sameModel(b.model, s.model) ? b : null;
}
