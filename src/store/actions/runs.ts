/**
 * The recorded runs: read them from storage, their histories on demand,
 * rename, link to a saved model, star, select for comparison, delete (one
 * or all, with Undo: actions/runs-delete.ts), and the experiment file
 * (actions/runs-file.ts). Recording itself is actions/run-recording.ts;
 * start-up, actions/runs-startup.ts.
 */
import { notice, type NoticeText } from '../slices/notice';
import { t } from '../../i18n';
import type { RunRecord } from '../../core/experiments/run-record';
import type { BatchRecord, EpochRecord } from '../../core/train/history';
import { lastRunNumber, listRuns, putRuns, readRun } from '../runs/run-db';
import { liveRunIds } from '../runs/run-locks';
import { withSelected } from '../slices/runs-slice';
import { useStore } from '../store';
import { runsWritesSettled, write } from './run-recording';
import { showRuns, showSummary } from './runs-list';

export { deleteAllRuns, deleteRun, undoRunsDelete } from './runs-delete';
export { exportExperiment, importExperiment } from './runs-file';

const fail = (text: NoticeText) => useStore.setState({ runsMessage: notice('error', text) });

/**
 * Read the runs from storage (at start-up, and when another tab changed
 * them). A run still marked running that no tab is recording (its page went
 * away mid-run) becomes interrupted; one that another tab holds the lock of
 * is live there and stays running.
 */
export async function loadRuns(): Promise<void> {
  try {
    await runsWritesSettled();
    const [{ summaries, damaged }, last, live] = await Promise.all([
      listRuns(),
      lastRunNumber(),
      liveRunIds(),
    ]);
    const activeId = useStore.getState().runsActive?.record.id;
    const cut = summaries.filter(
      (r) => r.status === 'running' && r.id !== activeId && !live?.has(r.id),
    );
    const fixed = await Promise.all(
      cut.map((r) => updateStored(r.id, { status: 'interrupted' }, 'running')),
    );
    const byId = new Map(summaries.map((r) => [r.id, r]));
    for (const f of fixed) if (f) byId.set(f.id, f);
    showRuns([...byId.values()]);
    useStore.setState((s) => ({
      runsDamaged: damaged,
      runsLastNumber: Math.max(s.runsLastNumber, last),
    }));
    if (damaged.length > 0)
      fail(() => t('runs:msg.damaged', { count: damaged.length, error: damaged[0]?.error ?? '' }));
  } catch (e) {
    fail(() => t('runs:msg.listUnreadable', { error: (e as Error).message }));
  }
}

/**
 * Change a stored record and write it back; returns its new summary, or
 * null (with a message). With `onlyIf`, a record whose status has changed
 * since it was listed (another tab ended the run meanwhile) is left as it is.
 */
async function updateStored(id: string, change: Partial<RunRecord>, onlyIf?: RunRecord['status']) {
  const read = await readRun(id);
  if (!read) return null;
  if (!read.ok) {
    fail(() => t('runs:msg.runUnreadable', { error: read.error }));
    return null;
  }
  if (onlyIf && read.value.status !== onlyIf) return null;
  const [summary] = await putRuns([{ ...read.value, ...change }]);
  return summary ?? null;
}

/** Change a run, the one being recorded included. Resolves true when it was changed. */
async function updateRun(id: string, change: Partial<RunRecord>): Promise<boolean> {
  const active = useStore.getState().runsActive;
  if (active?.record.id === id) {
    const record = { ...active.record, ...change };
    useStore.setState({ runsActive: { ...active, record } });
    await write(record);
    return true;
  }
  try {
    // A write of this run may still be queued (its end): change what it wrote, not what it replaces.
    await runsWritesSettled();
    const summary = await updateStored(id, change);
    if (summary) showSummary(summary);
    return summary !== null;
  } catch (e) {
    fail((e as Error).message);
    return false;
  }
}

/** A run's epochs and (thinned) batches, the running run's too; null when it is not there. */
export async function getRunHistory(
  id: string,
): Promise<{ epochs: EpochRecord[]; batches: BatchRecord[] } | null> {
  const active = useStore.getState().runsActive;
  if (active?.record.id === id)
    return { epochs: active.record.epochs, batches: active.record.batches };
  const read = await readRun(id).catch(() => null);
  if (!read) return null;
  if (!read.ok) {
    fail(() => t('runs:msg.historyUnreadable', { error: read.error }));
    return null;
  }
  return { epochs: read.value.epochs, batches: read.value.batches };
}

/** Rename a run (1 to 200 characters once trimmed). Resolves true when renamed. */
export async function renameRun(id: string, rawName: string): Promise<boolean> {
  const name = rawName.trim();
  if (name.length === 0) return (fail(() => t('runs:msg.nameEmpty')), false);
  if (name.length > 200)
    return (fail(() => t('runs:msg.nameTooLong', { length: name.length })), false);
  return updateRun(id, { name });
}

/** Record which saved model holds the run's weights (null: none). */
export function setRunModelName(id: string, modelName: string | null): Promise<boolean> {
  return updateRun(id, { modelName });
}

/** Star a run (kept when the list is over its limit) or take the star away. */
export function setRunStarred(id: string, starred: boolean): Promise<boolean> {
  return updateRun(id, { starred });
}

export function setRunsSelected(ids: readonly string[]): void {
  useStore.setState({ runsSelected: withSelected([], ids) });
}

/** Add `ids` to the runs compared, keeping those already chosen. */
export function compareRuns(ids: readonly string[]): void {
  setRunsSelected([...useStore.getState().runsSelected, ...ids]);
}

export function toggleRunSelected(id: string): void {
  const selected = useStore.getState().runsSelected;
  setRunsSelected(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
}

/** The newest run's id (the running one while a run goes), or null before the first. */
export function latestRunId(): string | null {
  const s = useStore.getState();
  return s.runsActive?.record.id ?? s.runs[0]?.id ?? null;
}
