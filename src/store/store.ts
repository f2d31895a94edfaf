/**
 * The one zustand store, built from typed slices (slices/*.ts): engine,
 * data, network, run, runs, sweep, library, evaluate, predict, insight,
 * share, lrFinder, learn, toast and guides. It holds plain data only: specs, records, messages.
 * Tensors and the live model stay in the engine. Actions live in actions/*.ts
 * as plain functions over `useStore.getState()/setState()`; reactions to
 * changes are registered in one place, reactions.ts.
 */
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { StoreHandles } from './handles';
import { createDataSlice, initialDataState } from './slices/data-slice';
import { createEngineSlice, initialEngineState } from './slices/engine-slice';
import { createEvaluateSlice, initialEvaluateState } from './slices/evaluate-slice';
import { createGuidesSlice, initialGuidesState } from './slices/guides-slice';
import {
  createInsightSlice,
  idleBoundaryRefresh,
  initialInsightState,
} from './slices/insight-slice';
import { createLearnSlice, initialLearnState } from './slices/learn-slice';
import { createLibrarySlice, initialLibraryState } from './slices/library-slice';
import { createLrFinderSlice, initialLrFinderState } from './slices/lr-finder-slice';
import { createNetworkSlice, initialNetworkState } from './slices/network-slice';
import { createPredictSlice, initialPredictState } from './slices/predict-slice';
import { createRunSlice, initialRunState } from './slices/run-slice';
import { createRunsSlice, initialRunsState } from './slices/runs-slice';
import { createShareSlice, initialShareState } from './slices/share-slice';
import { createSweepSlice, initialSweepState } from './slices/sweep-slice';
import { createToastSlice, initialToastState } from './slices/toast-slice';
import type { AllSlices } from './slices/types';

export type { AllSlices } from './slices/types';
export type { EngineStatus } from './slices/engine-slice';
export type { CurrentModel } from './slices/run-slice';

/** The whole state, as selectors and actions see it. */
export type AppState = AllSlices;

/** The slices' member actions: not data, so a reset keeps them. */
type SliceActions = 'setBoundaryView' | 'setProbe';

/** Everything in the store but its actions. */
export type StoreData = Omit<AllSlices, SliceActions>;

/** The state the app starts in, with fresh handles. */
export const initialState = (): StoreData => ({
  ...initialEngineState(),
  ...initialDataState(),
  ...initialNetworkState(),
  ...initialRunState(),
  ...initialRunsState(),
  ...initialSweepState(),
  ...initialLibraryState(),
  ...initialEvaluateState(),
  ...initialPredictState(),
  ...initialInsightState(),
  ...initialShareState(),
  ...initialLrFinderState(),
  ...initialLearnState(),
  ...initialToastState(),
  ...initialGuidesState(),
  handles: new StoreHandles(),
});

export const useStore = create<AllSlices>()(
  subscribeWithSelector((...a) => ({
    ...createEngineSlice(...a),
    ...createDataSlice(...a),
    ...createNetworkSlice(...a),
    ...createRunSlice(...a),
    ...createRunsSlice(...a),
    ...createSweepSlice(...a),
    ...createLibrarySlice(...a),
    ...createEvaluateSlice(...a),
    ...createPredictSlice(...a),
    ...createInsightSlice(...a),
    ...createShareSlice(...a),
    ...createLrFinderSlice(...a),
    ...createLearnSlice(...a),
    ...createToastSlice(...a),
    ...createGuidesSlice(...a),
    handles: new StoreHandles(),
  })),
);

/**
 * Back to the start: every slice's initial state, timers cleared, buffered
 * events dropped, and answers to requests still out ignored when they come.
 */
export function resetStore(): void {
  const old = useStore.getState();
  old.handles.dispose();
  useStore.setState({
    ...initialState(),
    boundaryRefresh: idleBoundaryRefresh(old.boundaryRefresh.generation + 1),
  });
}
