/**
 * The type every slice is written against: the whole store, so a slice's
 * selectors and actions can read the others' state.
 */
import type { StateCreator } from 'zustand';
import type { DataSlice } from './data-slice';
import type { EngineSlice } from './engine-slice';
import type { EvaluateSlice } from './evaluate-slice';
import type { GuidesSlice } from './guides-slice';
import type { InsightSlice } from './insight-slice';
import type { LearnSlice } from './learn-slice';
import type { LibrarySlice } from './library-slice';
import type { LrFinderSlice } from './lr-finder-slice';
import type { NetworkSlice } from './network-slice';
import type { PredictSlice } from './predict-slice';
import type { RunSlice } from './run-slice';
import type { RunsSlice } from './runs-slice';
import type { ShareSlice } from './share-slice';
import type { SweepSlice } from './sweep-slice';
import type { ToastSlice } from './toast-slice';
import type { StoreHandles } from '../handles';

export interface AllSlices
  extends
    EngineSlice,
    DataSlice,
    NetworkSlice,
    RunSlice,
    RunsSlice,
    SweepSlice,
    LibrarySlice,
    EvaluateSlice,
    PredictSlice,
    InsightSlice,
    ShareSlice,
    LrFinderSlice,
    LearnSlice,
    ToastSlice,
    GuidesSlice {
  /** Timers and buffers that are not plain data; replaced (and cleared) by resetStore. */
  handles: StoreHandles;
}

/** A slice of the one store, under the subscribeWithSelector middleware. */
export type SliceCreator<T> = StateCreator<
  AllSlices,
  [['zustand/subscribeWithSelector', never]],
  [],
  T
>;
