import { classCounts, type Dataset } from '../../core/data/dataset';
import { formatInt } from '../../core/format';
import { useTranslation } from '../../i18n/react';

/** Classes listed per split before the rest is summed up. */
const MAX_ROWS = 12;

/** Samples in each split, and per class for classification. */
export function SplitSummary({
  dataset,
  testPercent,
  generated = false,
}: {
  dataset: Dataset;
  testPercent: number;
  /** Classes of a generated 2-D set are numbered ("Class 0"), in the page's language. */
  generated?: boolean;
}) {
  const { t } = useTranslation('data');
  const parts = [
    [t('counts.train'), dataset.train],
    [t('counts.validation'), dataset.validation],
    [t('counts.test'), dataset.test],
  ] as const;
  const task = dataset.task;
  const counts =
    task.kind === 'classification'
      ? parts.map(([, p]) => classCounts(p, task.classNames.length))
      : null;
  return (
    <>
      <p className="split-counts" data-testid="split-counts">
        {parts.map(([label, part]) => (
          <span key={label}>
            {t('counts.part', { part: label })} <strong>{formatInt(part.n)}</strong>
          </span>
        ))}
        <span>{t('counts.heldOut', { percent: testPercent })}</span>
      </p>
      {task.kind === 'classification' && counts && (
        <table className="class-counts" aria-label={t('counts.table')}>
          <thead>
            <tr>
              <th scope="col">{t('counts.class')}</th>
              {parts.map(([label]) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {task.classNames.slice(0, MAX_ROWS).map((name, c) => (
              <tr key={name}>
                {generated ? (
                  <th scope="row">{t('counts.classN', { n: c })}</th>
                ) : (
                  <th scope="row" translate="no">
                    {name}
                  </th>
                )}
                {counts.map((cc, i) => (
                  <td key={i}>{cc[c]}</td>
                ))}
              </tr>
            ))}
            {task.classNames.length > MAX_ROWS && (
              <tr>
                <th scope="row">
                  {t('counts.more', { count: task.classNames.length - MAX_ROWS })}
                </th>
                {counts.map((cc, i) => (
                  <td key={i}>{cc.slice(MAX_ROWS).reduce((a, b) => a + b, 0)}</td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      )}
    </>
  );
}
