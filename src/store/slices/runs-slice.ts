/**
 * The runs slice: every run this browser has recorded, as small summaries
 * (newest first), the runs chosen for comparison, the storage they use,
 * the last deletion while it can be undone, and the run being recorded
 * now. Full histories stay in IndexedDB and are read when asked for
 * (actions/runs.ts getRunHistory).
 */
import type { RunRecord } from '../../core/experiments/run-record';
import type { RunSummary } from '../../core/experiments/run-summary';
import type { Notice } from './notice';
import type { SliceCreator } from './types';

export type { RunSummary } from '../../core/experiments/run-summary';

/** Runs kept at most; past it the oldest unstarred ones are dropped, with a notice. */
export const RUNS_LIMIT = 200;
/** Runs selected for comparison at most; the oldest choice gives way. */
export const RUNS_SELECTED_LIMIT = 8;

/** The run being recorded, with what its batch thinning needs to go on. */
export interface ActiveRun {
  record: RunRecord;
  /** Batch steps kept are multiples of this (core/experiments/batch-thinning.ts). */
  batchStride: number;
}

export interface RunsUsage {
  count: number;
  /** Approximate bytes of the stored records. */
  bytes: number;
  limit: number;
}

export interface RunsUndo {
  /** The deleted records, put back as they were by undoRunsDelete. */
  records: RunRecord[];
  /** What was deleted, for the Undo line ("Run 3", "12 runs"). */
  label: string;
}

/** A stored run that fails its checks: listed so it can be deleted. */
export interface DamagedRun {
  id: string;
  error: string;
}

export interface RunsSlice {
  /** Every recorded run, newest first. */
  runs: RunSummary[];
  /** Ids chosen for comparison, oldest choice first. */
  runsSelected: string[];
  runsMessage: Notice;
  /** Null until the runs have been read. */
  runsUsage: RunsUsage | null;
  runsUndo: RunsUndo | null;
  runsDamaged: DamagedRun[];
  /** Set by a sweep before each Train; the next run carries it as its sweepId, then it is cleared. */
  nextRunSweepId: string | null;
  /** The run being recorded while it goes; null between runs. */
  runsActive: ActiveRun | null;
  /** The highest run number given out ("Run N"), so numbers are never reused. */
  runsLastNumber: number;
}

export const initialRunsState = (): RunsSlice => ({
  runs: [],
  runsSelected: [],
  runsMessage: null,
  runsUsage: null,
  runsUndo: null,
  runsDamaged: [],
  nextRunSweepId: null,
  runsActive: null,
  runsLastNumber: 0,
});

export const createRunsSlice: SliceCreator<RunsSlice> = () => initialRunsState();

/** `ids` added to the selection (no repeats), keeping the newest RUNS_SELECTED_LIMIT. */
export function withSelected(selected: readonly string[], ids: readonly string[]): string[] {
  const out = selected.filter((id) => !ids.includes(id)).concat(ids);
  return out.slice(Math.max(0, out.length - RUNS_SELECTED_LIMIT));
}
