/**
 * The experiment file: recorded runs exported as one JSON file, and such a
 * file imported as new runs (new ids, so nothing here is overwritten; the
 * names are kept). The file is checked in core/experiments/experiment-file.ts.
 */
import { saidNotice, notice, type NoticeText } from '../slices/notice';
import { t } from '../../i18n';
import {
  experimentJson,
  experimentSizeProblem,
  parseExperiment,
} from '../../core/experiments/experiment-file';
import type { RunRecord } from '../../core/experiments/run-record';
import { newRunId } from '../runs/recorder';
import { putRuns, readRun } from '../runs/run-db';
import { useStore } from '../store';
import { runsWritesSettled } from './run-recording';
import { enforceRunsLimit, showRuns } from './runs-list';
import { showToast } from './toasts';

const fail = (text: NoticeText) => useStore.setState({ runsMessage: notice('error', text) });

const stamp = (d: Date): string => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
};

/**
 * The runs `ids` (default: all, newest first) as an experiment file, or
 * null with a message when there is nothing to export. The run going now
 * is exported as far as it has got.
 */
export async function exportExperiment(
  ids?: readonly string[],
): Promise<{ blob: Blob; fileName: string } | null> {
  await runsWritesSettled();
  const s = useStore.getState();
  const wanted = ids ?? s.runs.map((r) => r.id);
  if (wanted.length === 0) return (fail(() => t('runs:msg.nothingToExport')), null);
  const records: RunRecord[] = [];
  for (const id of wanted) {
    const active = useStore.getState().runsActive;
    const read =
      active?.record.id === id ? { ok: true as const, value: active.record } : await readRun(id);
    const name = s.runs.find((r) => r.id === id)?.name ?? id;
    if (!read) return (fail(() => t('runs:msg.notStored', { name })), null);
    if (!read.ok) return (fail(() => t('runs:msg.notExported', { name, error: read.error })), null);
    records.push(read.value);
  }
  const blob = new Blob([experimentJson(records)], { type: 'application/json' });
  useStore.setState({
    runsMessage: saidNotice('info', () => t('runs:msg.exported', { count: records.length })),
  });
  return { blob, fileName: `experiment-${stamp(new Date())}.json` };
}

/** Import an experiment file's runs as new runs. Resolves how many were imported (0 on failure). */
export async function importExperiment(file: Blob & { name?: string }): Promise<number> {
  const tooBig = experimentSizeProblem(file.size);
  if (tooBig) return (fail(tooBig), 0);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    const error = (e as Error).message;
    return (
      fail(
        file.name
          ? t('runs:msg.fileUnreadable', { file: file.name, error })
          : t('runs:msg.fileUnreadableNoName', { error }),
      ),
      0
    );
  }
  const parsed = parseExperiment(text);
  if (!parsed.ok) {
    const error = parsed.error;
    return (
      fail(
        file.name
          ? t('runs:msg.notImported', { file: file.name, error })
          : t('runs:msg.notImportedNoName', { error }),
      ),
      0
    );
  }
  const records = parsed.value.map((r) => ({
    ...r,
    id: newRunId(),
    // A run that was going when it was exported is not going here.
    status: r.status === 'running' ? ('interrupted' as const) : r.status,
  }));
  // Links between the imported runs follow their new ids; links to runs not imported go.
  const ids = new Map(parsed.value.map((r, i) => [r.id, records[i]?.id ?? null]));
  for (const r of records)
    r.continuedFrom = r.continuedFrom ? (ids.get(r.continuedFrom) ?? null) : null;
  try {
    const summaries = await putRuns(records);
    showRuns([...useStore.getState().runs, ...summaries]);
  } catch (e) {
    return (fail((e as Error).message), 0);
  }
  useStore.setState({
    runsMessage: saidNotice('info', () =>
      t('runs:msg.imported', {
        count: records.length,
        file: file.name ?? t('runs:msg.theFile'),
      }),
    ),
  });
  showToast(
    t('runs:msg.importedToast', {
      file: file.name ?? t('runs:msg.theFile'),
      count: records.length,
    }),
  );
  await enforceRunsLimit();
  return records.length;
}
