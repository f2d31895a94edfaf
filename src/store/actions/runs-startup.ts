/**
 * The runs at start-up: read them, and bring the last run's charts back
 * when the page has no model yet.
 */
import type { BatchRecord, EpochRecord } from '../../core/train/history';
import { t } from '../../i18n';
import { useStore } from '../store';
import { writeActiveRun } from './run-recording';
import { getRunHistory, loadRuns } from './runs';

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
      text: t('shell:startup.chartsBeforeReload', { name: latest.name }),
    },
  });
}
