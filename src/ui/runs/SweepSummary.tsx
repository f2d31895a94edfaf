import { formatMetric, formatPercent } from '../../core/format';
import { useStore } from '../../store/store';
import { StarIcon } from '../common/icons';
import { useTranslation } from '../../i18n/react';

/** The last sweep's result per combination: mean ± spread of the best validation metric, the best marked. */
export function SweepSummary() {
  const { t } = useTranslation('runs');
  const result = useStore((s) => s.sweepResult);
  if (!result || result.summary.length === 0) return null;
  const pct = result.metricName === 'Val accuracy';
  const fmt = (v: number) => (pct ? formatPercent(v) : formatMetric(v));
  const seeds = result.summary.some((c) => c.count > 1);
  return (
    <table className="runs-table sweep-summary">
      <caption>
        {t(seeds ? 'sweep.summaryCaptionSeeds' : 'sweep.summaryCaption', {
          metric: t(pct ? 'sweep.metricLower.accuracy' : 'sweep.metricLower.mae'),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('sweep.colCombination')}</th>
          <th scope="col">{t('sweep.colRuns')}</th>
          <th scope="col">{t(pct ? 'sweep.metric.accuracy' : 'sweep.metric.mae')}</th>
        </tr>
      </thead>
      <tbody>
        {result.summary.map((c) => (
          <tr key={c.label} className={c.best ? 'best-run' : undefined}>
            <th scope="row">
              <span translate="no">{c.label}</span>
              {c.best && (
                <span className="best-mark">
                  <StarIcon size={12} /> {t('row.best')}
                </span>
              )}
            </th>
            <td className="num">{c.count}</td>
            <td className="num">
              {c.mean === null ? '—' : fmt(c.mean)}
              {c.count > 1 && c.spread !== null && ` ± ${fmt(c.spread)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
