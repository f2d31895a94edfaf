import { formatInt } from '../../core/format';
import type { AverageScores, ClassificationMetrics } from '../../core/metrics';
import { useTranslation } from '../../i18n/react';
import { shownClassName } from '../../core/data/class-names';

/** 0.912 → "0.912"; undefined (a class never predicted, say) → "—". */
const score = (v: number | null): string => (v === null ? '—' : v.toFixed(3));

function AverageRow({ label, scores, n }: { label: string; scores: AverageScores; n: number }) {
  return (
    <tr className="average">
      <th scope="row">{label}</th>
      <td>{score(scores.precision)}</td>
      <td>{score(scores.recall)}</td>
      <td>{score(scores.f1)}</td>
      <td>{formatInt(n)}</td>
    </tr>
  );
}

/** Precision, recall, F1 and support per class, with macro and weighted averages. */
export function ClassTable({
  metrics,
  classNames,
}: {
  metrics: ClassificationMetrics;
  classNames: string[];
}) {
  const { t } = useTranslation('evaluate');
  return (
    <div className="table-scroll">
      <table className="class-scores" aria-label={t('scores.label')}>
        <thead>
          <tr>
            <th scope="col">{t('scores.class')}</th>
            <th scope="col">{t('scores.precision')}</th>
            <th scope="col">{t('scores.recall')}</th>
            <th scope="col">{t('scores.f1')}</th>
            <th scope="col">{t('scores.support')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.perClass.map((c, i) => (
            <tr key={i}>
              <th scope="row" translate="no">
                {shownClassName(classNames[i] ?? String(i))}
              </th>
              <td>{score(c.precision)}</td>
              <td>{score(c.recall)}</td>
              <td>{score(c.f1)}</td>
              <td>{formatInt(c.support)}</td>
            </tr>
          ))}
          <AverageRow label={t('scores.macro')} scores={metrics.macro} n={metrics.n} />
          <AverageRow label={t('scores.weighted')} scores={metrics.weighted} n={metrics.n} />
        </tbody>
      </table>
      <p className="help">{t('scores.help')}</p>
    </div>
  );
}
