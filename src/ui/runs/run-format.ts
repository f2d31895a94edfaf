/** How the runs view writes a run's numbers and states. */
import type { RunStatus } from '../../core/experiments/run-record';
import type { RunMetricKind, RunSummary } from '../../core/experiments/run-summary';
import { formatMetric, formatPercent } from '../../core/format';
import { t } from '../../i18n';

/** A run's status in words, in the current language. */
export const statusLabel = (status: RunStatus): string => t(`runs:status.${status}`);

/** A validation metric as the table shows it: "91.2%" for accuracy, "0.1234" for MAE. */
export function metricValue(kind: RunMetricKind | null, v: number | null): string {
  if (v === null) return '—';
  return kind === 'mae' ? formatMetric(v) : formatPercent(v);
}

/** The metric columns' name for these runs: accuracy, MAE, or "metric" for a mix. */
export function metricColumnName(runs: readonly RunSummary[]): string {
  const kinds = new Set(runs.flatMap((r) => (r.metric ? [r.metric] : [])));
  if (kinds.size !== 1) return t('runs:table.metric.mixed');
  return kinds.has('mae') ? t('runs:table.metric.mae') : t('runs:table.metric.accuracy');
}
