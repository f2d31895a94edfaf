/** How the runs view writes a run's numbers and states. */
import type { RunStatus } from '../../core/experiments/run-record';
import type { RunMetricKind, RunSummary } from '../../core/experiments/run-summary';
import { formatMetric, formatPercent } from '../../core/format';

export const STATUS_LABELS: Record<RunStatus, string> = {
  running: 'running',
  done: 'done',
  stopped: 'stopped',
  'early-stopped': 'stopped early',
  diverged: 'diverged',
  failed: 'failed',
  interrupted: 'interrupted',
};

/** A validation metric as the table shows it: "91.2%" for accuracy, "0.1234" for MAE. */
export function metricValue(kind: RunMetricKind | null, v: number | null): string {
  if (v === null) return '—';
  return kind === 'mae' ? formatMetric(v) : formatPercent(v);
}

/** The metric columns' name for these runs: accuracy, MAE, or "metric" for a mix. */
export function metricColumnName(runs: readonly RunSummary[]): string {
  const kinds = new Set(runs.flatMap((r) => (r.metric ? [r.metric] : [])));
  if (kinds.size !== 1) return 'val metric';
  return kinds.has('mae') ? 'val MAE' : 'val accuracy';
}
