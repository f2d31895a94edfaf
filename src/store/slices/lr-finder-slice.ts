/**
 * The learning-rate finder's slice: whether the range test is running, how
 * far it is, its curve and suggestion, and what it was run for. The test
 * runs on a copy of the model, so nothing here touches the run slice.
 */
import type { LrRangeProgress, LrRangeResult } from '../../worker/protocol';
import { stableStringify } from '../../core/stable-json';
import { DEFAULT_LR_RANGE, type LrRangeSpec } from '../../core/train/lr-range';
import type { Notice } from './notice';
import type { AllSlices, SliceCreator } from './types';

export interface LrFinderState {
  /** The rates and batch count the next test runs with. */
  range: LrRangeSpec;
  status: 'idle' | 'running' | 'done' | 'error';
  /** While running: the batches done so far. */
  progress: LrRangeProgress | null;
  /** The last test's curve, until the next one starts. */
  result: LrRangeResult | null;
  /** `lrFinderKey` of the settings the result was found with. */
  forKey: string | null;
  /** Cancel was pressed and the test has not ended yet. */
  cancelling: boolean;
  /** Why it failed, or that it was cancelled. */
  message: Notice;
}

export interface LrFinderSlice {
  lrFinder: LrFinderState;
}

export const initialLrFinderState = (): LrFinderSlice => ({
  lrFinder: {
    range: DEFAULT_LR_RANGE,
    status: 'idle',
    progress: null,
    result: null,
    forKey: null,
    cancelling: false,
    message: null,
  },
});

export const createLrFinderSlice: SliceCreator<LrFinderSlice> = () => initialLrFinderState();

export const selectLrFinderRunning = (s: Pick<LrFinderSlice, 'lrFinder'>): boolean =>
  s.lrFinder.status === 'running';

/** What a test's curve depends on: the data, the network, every setting but the rate, and its range. */
export function lrFinderKey(
  s: Pick<AllSlices, 'datasetSpec' | 'network' | 'training' | 'lrFinder'>,
): string {
  return stableStringify({
    dataset: s.datasetSpec,
    network: s.network,
    training: { ...s.training, learningRate: null },
    range: s.lrFinder.range,
  });
}

/** True when the shown curve was found with other settings than the current ones. */
export const selectLrFinderStale = (s: AllSlices): boolean =>
  s.lrFinder.forKey !== null && s.lrFinder.forKey !== lrFinderKey(s);

/** The slice after a progress report; a late one, after the test ended, changes nothing. */
export function applyLrRangeProgress(
  s: LrFinderSlice,
  progress: LrRangeProgress,
): Partial<LrFinderSlice> {
  if (s.lrFinder.status !== 'running') return {};
  return { lrFinder: { ...s.lrFinder, progress } };
}
