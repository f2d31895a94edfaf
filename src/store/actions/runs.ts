/**
 * The recorded runs: read them from storage, their histories on demand,
 * rename, link to a saved model, star, select for comparison, delete (one
 * or all, with Undo), and the experiment file (actions/runs-file.ts).
 * Recording itself is actions/run-recording.ts.
 */
import type { RunRecord } from '../../core/experiments/run-record';
import type { BatchRecord, EpochRecord } from '../../core/train/history';
import { lastRunNumber, listRuns, putRuns, readRun, deleteRuns } from '../runs/run-db';
import { withSelected } from '../slices/runs-slice';
import { useStore } from '../store';
import { runsWritesSettled, write, writeActiveRun } from './run-recording';
import { showRuns, showSummary } from './runs-list';

export { exportExperiment, importExperiment } from './runs-file';

const info = (text: string) => useStore.setState({ runsMessage: { kind: 'info', text } });
const fail = (text: string) => useStore.setState({ runsMessage: { kind: 'error', text } });

/**
 * Read the runs from storage. A run still marked running is not going in
 * this page (the page went away mid-run): it becomes interrupted.
 */
export async function loadRuns(): Promise<void> {
  try {
    await runsWritesSettled();
    const [{ summaries, damaged }, last] = await Promise.all([listRuns(), lastRunNumber()]);
    const activeId = useStore.getState().runsActive?.record.id;
    const cut = summaries.filter((r) => r.status === 'running' && r.id !== activeId);
    const fixed = await Promise.all(cut.map((r) => updateStored(r.id, { status: 'interrupted' })));
    const byId = new Map(summaries.map((r) => [r.id, r]));
    for (const f of fixed) if (f) byId.set(f.id, f);
    showRuns([...byId.values()]);
    useStore.setState((s) => ({
      runsDamaged: damaged,
      runsLastNumber: Math.max(s.runsLastNumber, last),
    }));
    if (damaged.length > 0)
      fail(
        `${damaged.length} stored run${damaged.length === 1 ? ' is' : 's are'} damaged and left out (${damaged[0]?.error}). Delete ${damaged.length === 1 ? 'it' : 'them'} to free the space.`,
      );
  } catch (e) {
    fail(`The recorded runs could not be read: ${(e as Error).message}`);
  }
}

/** Change a stored record and write it back; returns its new summary, or null (with a message). */
async function updateStored(id: string, change: Partial<RunRecord>) {
  const read = await readRun(id);
  if (!read) return null;
  if (!read.ok) {
    fail(`The run could not be read: ${read.error}.`);
    return null;
  }
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
    fail(`The run's history could not be read: ${read.error}.`);
    return null;
  }
  return { epochs: read.value.epochs, batches: read.value.batches };
}

/** Rename a run (1 to 200 characters once trimmed). Resolves true when renamed. */
export async function renameRun(id: string, rawName: string): Promise<boolean> {
  const name = rawName.trim();
  if (name.length === 0) return (fail('A run name cannot be empty.'), false);
  if (name.length > 200)
    return (
      fail(`A run name may have at most 200 characters (this one has ${name.length}).`),
      false
    );
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

export function toggleRunSelected(id: string): void {
  const selected = useStore.getState().runsSelected;
  setRunsSelected(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
}

/** The newest run's id (the running one while a run goes), or null before the first. */
export function latestRunId(): string | null {
  return useStore.getState().runs[0]?.id ?? null;
}

/** Delete the runs `ids` (not the one being recorded), keeping them for Undo under `label`. */
async function deleteWithUndo(ids: readonly string[], label: string): Promise<void> {
  await runsWritesSettled();
  const records: RunRecord[] = [];
  for (const id of ids) {
    const read = await readRun(id).catch(() => null);
    // A damaged record is deleted without being kept for Undo: it could not be put back.
    if (read?.ok) records.push(read.value);
  }
  try {
    await deleteRuns(ids);
  } catch (e) {
    return fail((e as Error).message);
  }
  const gone = new Set(ids);
  const s = useStore.getState();
  showRuns(s.runs.filter((r) => !gone.has(r.id)));
  useStore.setState({
    runsUndo: records.length > 0 ? { records, label } : null,
    runsDamaged: s.runsDamaged.filter((d) => !gone.has(d.id)),
  });
  info(`Deleted ${label}.`);
}

export async function deleteRun(id: string): Promise<void> {
  const s = useStore.getState();
  if (s.runsActive?.record.id === id)
    return fail('This run is still training: stop it before deleting it.');
  const run = s.runs.find((r) => r.id === id);
  const damaged = s.runsDamaged.some((d) => d.id === id);
  if (!run && !damaged) return fail('That run is no longer in the list.');
  await deleteWithUndo([id], run ? run.name : 'the damaged run');
}

/** Delete every run but the one being recorded (and the damaged ones), with Undo. */
export async function deleteAllRuns(): Promise<void> {
  const s = useStore.getState();
  const activeId = s.runsActive?.record.id;
  const ids = [...s.runs.map((r) => r.id), ...s.runsDamaged.map((d) => d.id)].filter(
    (id) => id !== activeId,
  );
  if (ids.length === 0) return info('There are no runs to delete.');
  const count = s.runs.filter((r) => r.id !== activeId).length;
  await deleteWithUndo(ids, `${count} run${count === 1 ? '' : 's'}`);
}

/** Put the last deleted runs back as they were. */
export async function undoRunsDelete(): Promise<void> {
  const undo = useStore.getState().runsUndo;
  if (!undo) return;
  try {
    const summaries = await putRuns(undo.records);
    const back = new Set(summaries.map((r) => r.id));
    showRuns([...useStore.getState().runs.filter((r) => !back.has(r.id)), ...summaries]);
    useStore.setState({ runsUndo: null });
    info(`Restored ${undo.label}.`);
  } catch (e) {
    fail((e as Error).message);
  }
}

/** Runs whose continuation chains are followed at most, back from the newest. */
const CHAIN_LIMIT = 100;

/**
 * The history the charts showed for `id`'s model: the runs it continued,
 * oldest first, then its own. A link to a run no longer kept ends the chain.
 */
async function modelHistory(id: string) {
  const parts: { epochs: EpochRecord[]; batches: BatchRecord[] }[] = [];
  let next: string | null = id;
  while (next && parts.length < CHAIN_LIMIT) {
    const history = await getRunHistory(next);
    if (!history) break;
    parts.unshift(history);
    next = useStore.getState().runs.find((r) => r.id === next)?.continuedFrom ?? null;
  }
  if (parts.length === 0) return null;
  return { epochs: parts.flatMap((p) => p.epochs), batches: parts.flatMap((p) => p.batches) };
}

/**
 * Start-up: read the runs, and when there is no model yet show the newest
 * run's charts (with the runs it continued), marked as from before the
 * reload. No model comes back with them: the model stays null and Train
 * starts a fresh one. When the page goes away mid-run, what the run has
 * so far is written at once.
 */
export async function startRuns(): Promise<void> {
  globalThis.addEventListener?.('pagehide', writeActiveRun);
  await loadRuns();
  const s = useStore.getState();
  const latest = s.runs[0];
  if (!latest || s.model || s.history.length > 0 || s.batchHistory.length > 0) return;
  const history = await modelHistory(latest.id);
  const now = useStore.getState();
  // Training may have started while the history was read: its charts win.
  if (!history || now.model || now.history.length > 0 || now.batchHistory.length > 0) return;
  useStore.setState({
    history: history.epochs,
    batchHistory: history.batches,
    trainMessage: {
      kind: 'info',
      text: `The charts show ${latest.name} (before reload). Its model was not kept: Train starts a new one.`,
    },
  });
}
