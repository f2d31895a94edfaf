/**
 * The runs list in the store: summaries newest first, the space they use,
 * and the limit on how many are kept.
 */
import { saidNotice } from '../slices/notice';
import { t } from '../../i18n';
import type { RunSummary } from '../../core/experiments/run-summary';
import { deleteRuns } from '../runs/run-db';
import { RUNS_LIMIT, type RunsUsage } from '../slices/runs-slice';
import { useStore } from '../store';

/** Newest first; the same start time falls back to the id so the order is stable. */
export const newestFirst = (runs: RunSummary[]): RunSummary[] =>
  [...runs].sort((a, b) => b.startedAt - a.startedAt || a.id.localeCompare(b.id));

export const usageOf = (runs: readonly RunSummary[]): RunsUsage => ({
  count: runs.length,
  bytes: runs.reduce((n, r) => n + r.bytes, 0),
  limit: RUNS_LIMIT,
});

/** Show `runs` as the list (and its usage), dropping selections of runs no longer there. */
export function showRuns(runs: RunSummary[]): void {
  const sorted = newestFirst(runs);
  const ids = new Set(sorted.map((r) => r.id));
  useStore.setState((s) => ({
    runs: sorted,
    runsUsage: usageOf(sorted),
    runsSelected: s.runsSelected.filter((id) => ids.has(id)),
  }));
}

/** Put a stored run's new summary into the list, in place of its old one. */
export function showSummary(summary: RunSummary): void {
  const runs = useStore.getState().runs.filter((r) => r.id !== summary.id);
  const sorted = newestFirst([...runs, summary]);
  useStore.setState({ runs: sorted, runsUsage: usageOf(sorted) });
}

const names = (runs: readonly RunSummary[]): string => {
  const shown = runs.slice(0, 5).map((r) => r.name);
  return runs.length > 5
    ? t('runs:msg.namesMore', { names: shown.join(', '), more: runs.length - 5 })
    : shown.join(', ');
};

/**
 * Past RUNS_LIMIT, drop the oldest runs that are not starred and not going
 * now, and say which. Starred runs are never dropped, even over the limit.
 */
export async function enforceRunsLimit(): Promise<void> {
  const s = useStore.getState();
  const excess = s.runs.length - RUNS_LIMIT;
  if (excess <= 0) return;
  const activeId = s.runsActive?.record.id;
  const drop = [...s.runs]
    .reverse()
    .filter((r) => !r.starred && r.id !== activeId)
    .slice(0, excess);
  if (drop.length === 0) return;
  try {
    await deleteRuns(drop.map((r) => r.id));
  } catch (e) {
    useStore.setState({ runsMessage: { kind: 'error', text: (e as Error).message } });
    return;
  }
  const gone = new Set(drop.map((r) => r.id));
  showRuns(useStore.getState().runs.filter((r) => !gone.has(r.id)));
  useStore.setState({
    runsMessage: saidNotice('info', () =>
      t('runs:msg.dropped', { limit: RUNS_LIMIT, names: names(drop) }),
    ),
  });
}
