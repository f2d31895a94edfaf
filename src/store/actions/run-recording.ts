/**
 * Recording runs: a record is made when Train starts a run, grows as the
 * run's events are applied (flushEngineEvents calls recordRunEvents, the
 * one place), and is written to storage while the run goes, at most every
 * RUNS_WRITE_INTERVAL_MS and once more at its end, so a run cut short by a
 * reload keeps what it had.
 */
import type { RunConfig } from '../../core/experiments/run-config';
import type { RunRecord } from '../../core/experiments/run-record';
import type { RunEvent } from '../../worker/protocol';
import { newRunId, newRunRecord, numbered, recordEvents } from '../runs/recorder';
import { summarizeRun } from '../../core/experiments/run-summary';
import { nextRunNumber, putRuns, recordBytes, StorageFailure } from '../runs/run-db';
import { holdRunLock, releaseRunLock } from '../runs/run-locks';
import { withSelected } from '../slices/runs-slice';
import { useStore } from '../store';
import { enforceRunsLimit, showSummary } from './runs-list';

/** Writes of a running run are at least this far apart (ms). */
export const RUNS_WRITE_INTERVAL_MS = 2000;

const runsError = (text: string) => useStore.setState({ runsMessage: { kind: 'error', text } });

/**
 * Queue a write of `record` after those before it; the list shows its
 * summary once it is stored. When the browser's
 * storage fails, the run is still listed from memory, with the reason.
 */
export function write(record: RunRecord): Promise<void> {
  const handles = useStore.getState().handles;
  handles.runsWrittenAt = Date.now();
  const done = handles.runsWrites.then(async () => {
    try {
      const [summary] = await putRuns([record]);
      if (summary) showSummary(summary);
    } catch (e) {
      if (e instanceof StorageFailure) showSummary(summarizeRun(record, recordBytes(record)));
      runsError((e as Error).message);
    }
  });
  handles.runsWrites = done;
  return done;
}

/** Resolves when every write queued so far has finished. */
export function runsWritesSettled(): Promise<unknown> {
  return useStore.getState().handles.runsWrites;
}

/**
 * Start recording a run of `config`. Returns the new run's id. A record
 * still open from a run whose end never came is closed as interrupted.
 */
export function beginRunRecord(config: RunConfig, continuedFrom: string | null): string {
  const s = useStore.getState();
  if (s.runsActive) void finishActive({ ...s.runsActive.record, status: 'interrupted' });
  const number = s.runsLastNumber + 1;
  const record = newRunRecord({
    id: newRunId(),
    number,
    config,
    // Strictly after the newest run listed, so the list's order is the order they began.
    startedAt: Math.max(Date.now(), (s.runs[0]?.startedAt ?? 0) + 1),
    continuedFrom,
    sweepId: s.nextRunSweepId,
    backend: s.engine.backend,
  });
  useStore.setState({
    runsActive: { record, batchStride: 1 },
    runsLastNumber: number,
    nextRunSweepId: null,
  });
  holdRunLock(record.id);
  void nextRunNumber(number).then(
    (stored) => stored !== number && renumber(record.id, number, stored),
    (e: Error) => runsError(e.message),
  );
  const handles = useStore.getState().handles;
  handles.runsWrites = write(record).then(enforceRunsLimit);
  return record.id;
}

/**
 * The run started before the numbers given out earlier were read (the page
 * had only just opened): take the next number after them instead.
 */
function renumber(id: string, was: number, number: number): void {
  const s = useStore.getState();
  useStore.setState({ runsLastNumber: Math.max(s.runsLastNumber, number) });
  const active = s.runsActive;
  if (active?.record.id !== id || active.record.name !== `Run ${was}`) return;
  const record = { ...active.record, ...numbered(number) };
  useStore.setState({ runsActive: { ...active, record } });
  void write(record);
}

/** The record of the run being recorded grows by `events` (already applied to the run slice). */
export function recordRunEvents(events: readonly RunEvent[]): void {
  const s = useStore.getState();
  const active = s.runsActive;
  if (!active) return;
  const next = recordEvents(active, events, s.engine.backend);
  if (next.record.status !== 'running') {
    void finishActive(next.record);
    return;
  }
  useStore.setState({ runsActive: next });
  const handles = s.handles;
  if (handles.runsWriteTimer) return;
  const wait = handles.runsWrittenAt + RUNS_WRITE_INTERVAL_MS - Date.now();
  if (wait <= 0) void write(next.record);
  else
    handles.runsWriteTimer = setTimeout(() => {
      handles.runsWriteTimer = null;
      const now = useStore.getState().runsActive;
      if (now) void write(now.record);
    }, wait);
}

/** Close the run being recorded (if it is `runId`) as failed: the engine refused to start it. */
export function failRunRecord(runId: string, message: string): Promise<void> {
  const active = useStore.getState().runsActive;
  if (active?.record.id !== runId) return Promise.resolve();
  return finishActive({ ...active.record, status: 'failed', message });
}

/** Store the run's last state and select it for comparison beside the others. */
function finishActive(record: RunRecord): Promise<void> {
  const s = useStore.getState();
  s.handles.clearRunsWriteTimer();
  useStore.setState({
    runsActive: s.runsActive?.record.id === record.id ? null : s.runsActive,
    runsSelected: withSelected(s.runsSelected, [record.id]),
  });
  // The lock goes only once the end is stored: until then another tab that
  // reads the runs sees the record still running, held, and leaves it be.
  return write(record).finally(() => releaseRunLock(record.id));
}

/** Write the run being recorded now, without waiting for its turn (the page is going away). */
export function writeActiveRun(): void {
  const active = useStore.getState().runsActive;
  if (!active) return;
  useStore.getState().handles.clearRunsWriteTimer();
  void write(active.record);
}
