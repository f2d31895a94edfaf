/**
 * Deleting recorded runs, one or all, with Undo: the deleted records are
 * kept in the store until the next deletion and put back as they were.
 */
import { notice, type NoticeText } from '../slices/notice';
import { t } from '../../i18n';
import type { RunRecord } from '../../core/experiments/run-record';
import { deleteRuns, putRuns, readRun } from '../runs/run-db';
import { useStore } from '../store';
import { runsWritesSettled } from './run-recording';
import { showRuns } from './runs-list';
import { dropUndoToasts, showToast } from './toasts';

const info = (text: NoticeText) => useStore.setState({ runsMessage: notice('info', text) });
const fail = (text: NoticeText) => useStore.setState({ runsMessage: notice('error', text) });

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
  info(() => t('runs:msg.deleted', { label }));
  showToast(t('runs:msg.deletedToast', { label }), 'runs-delete');
}

export async function deleteRun(id: string): Promise<void> {
  const s = useStore.getState();
  if (s.runsActive?.record.id === id) return fail(() => t('runs:msg.stillTraining'));
  const run = s.runs.find((r) => r.id === id);
  const damaged = s.runsDamaged.some((d) => d.id === id);
  if (!run && !damaged) return fail(() => t('runs:msg.gone'));
  await deleteWithUndo([id], run ? run.name : t('runs:msg.damagedRun'));
}

/** Delete every run but the one being recorded (and the damaged ones), with Undo. */
export async function deleteAllRuns(): Promise<void> {
  const s = useStore.getState();
  const activeId = s.runsActive?.record.id;
  const ids = [...s.runs.map((r) => r.id), ...s.runsDamaged.map((d) => d.id)].filter(
    (id) => id !== activeId,
  );
  if (ids.length === 0) return info(() => t('runs:msg.nothingToDelete'));
  const count = s.runs.filter((r) => r.id !== activeId).length;
  await deleteWithUndo(ids, t('runs:msg.runCount', { count }));
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
    dropUndoToasts('runs-delete');
    info(() => t('runs:msg.restored', { label: undo.label }));
  } catch (e) {
    fail((e as Error).message);
  }
}
