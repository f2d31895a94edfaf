/**
 * The sweep slice: whether a sweep is going, its progress line, its last
 * message, and the summary of the last sweep that ended (per combination,
 * with its best run, which the runs table marks).
 */
import type { CombinationSummary } from '../../core/experiments/sweep';
import type { Notice } from './notice';
import type { SliceCreator } from './types';

export type SweepStatus = 'idle' | 'running' | 'stopping';

export interface SweepResult {
  sweepId: string;
  /** "Val accuracy" or "Val MAE": what the summary's means are of. */
  metricName: string;
  summary: CombinationSummary[];
  /** The run with the best validation metric of the sweep, if any had one. */
  bestRunId: string | null;
}

export interface SweepSlice {
  sweepStatus: SweepStatus;
  /** "Run 2 of 6 · about 40 s left" while a sweep goes. */
  sweepProgress: string | null;
  sweepMessage: Notice;
  sweepResult: SweepResult | null;
}

export const initialSweepState = (): SweepSlice => ({
  sweepStatus: 'idle',
  sweepProgress: null,
  sweepMessage: null,
  sweepResult: null,
});

export const createSweepSlice: SliceCreator<SweepSlice> = () => initialSweepState();

/** True while a sweep goes (or is stopping after its current run). */
export const selectSweepGoing = (s: Pick<SweepSlice, 'sweepStatus'>): boolean =>
  s.sweepStatus !== 'idle';
