import { memo } from 'react';
import type { RunSetting } from '../../core/experiments/run-settings';
import { formatDuration } from '../../core/format';
import { deleteRun, toggleRunSelected } from '../../store/actions/runs';
import { canContinueRun, continueRun, restoreRunSettings } from '../../store/actions/runs-restore';
import type { RunSummary } from '../../core/experiments/run-summary';
import { runColor } from './run-colors';
import { metricValue, statusLabel } from './run-format';
import { RunName } from './RunName';
import { StarIcon } from '../common/icons';
import { useTranslation } from '../../i18n/react';
import { shownRunName } from '../../core/experiments/run-names';

export interface RunRowProps {
  run: RunSummary;
  settings: readonly RunSetting[];
  selected: boolean;
  best: boolean;
  /** Restore and Continue are off while a run or a sweep goes. */
  busy: boolean;
  saved: readonly { name: string }[];
}

/** One run: choose it for comparison, rename it, what it was, how it went, and what to do with it. */
export const RunRow = memo(function RunRow({
  run,
  settings,
  selected,
  best,
  busy,
  saved,
}: RunRowProps) {
  const { t } = useTranslation('runs');
  const running = run.status === 'running';
  return (
    <tr className={best ? 'best-run' : undefined}>
      <td>
        <input
          type="checkbox"
          aria-label={t('row.compareAria', { name: shownRunName(run.name) })}
          checked={selected}
          onChange={() => toggleRunSelected(run.id)}
        />
      </td>
      <th scope="row">
        <span
          className="run-swatch"
          style={{ background: runColor(run.colour) }}
          aria-hidden="true"
        />
        <RunName id={run.id} name={run.name} />
        {best && (
          <span className="best-mark" title={t('row.bestTitle')}>
            <StarIcon size={12} /> {t('row.best')}
          </span>
        )}
      </th>
      <td>
        <span className={`run-status status-${run.status}`} title={run.message ?? undefined}>
          {statusLabel(run.status)}
        </span>
      </td>
      {settings.map((s) => (
        <td key={s.id}>{s.value(run.config)}</td>
      ))}
      <td className="num">
        {metricValue(run.metric, run.finalValMetric)}
        {run.keptEpoch !== undefined && (
          <span className="kept-mark" title={t('row.keptTitle', { epoch: run.keptEpoch })}>
            {t('row.kept', { epoch: run.keptEpoch })}
          </span>
        )}
      </td>
      <td className="num">{metricValue(run.metric, run.bestValMetric)}</td>
      <td className="num">{formatDuration(run.durationMs)}</td>
      <td>{run.backend ?? '—'}</td>
      <td className="run-actions">
        <button
          type="button"
          disabled={busy}
          aria-label={t('row.restoreAria', { name: shownRunName(run.name) })}
          onClick={() => void restoreRunSettings(run.id)}
        >
          {t('row.restore')}
        </button>
        {canContinueRun(run, saved) && (
          <button
            type="button"
            disabled={busy}
            aria-label={t('row.continueAria', { name: shownRunName(run.name) })}
            title={t('row.continueTitle', { model: run.modelName ?? '' })}
            onClick={() => void continueRun(run.id)}
          >
            {t('row.continue')}
          </button>
        )}
        <button
          type="button"
          disabled={running}
          aria-label={t('row.deleteAria', { name: shownRunName(run.name) })}
          onClick={() => void deleteRun(run.id)}
        >
          {t('row.delete')}
        </button>
      </td>
    </tr>
  );
});
