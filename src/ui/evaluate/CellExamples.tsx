import type { Dataset } from '../../core/data/dataset';
import { formatInt, formatPercent } from '../../core/format';
import { cellSamples } from '../../core/metrics';
import { Trans, useTranslation } from '../../i18n/react';
import type { ClassPredictions } from '../../worker/protocol';
import { classPhrase } from './class-labels';
import { DigitCanvas } from '../common/DigitCanvas';
import { formatValue, imageSize, inputNames, originalInputs, perSample } from './examples';
import { shownClassName } from '../../core/data/class-names';

/** Examples listed at most. */
const CAP = 50;
/** Input columns shown at most in the samples table (a wide table has hundreds). */
const MAX_COLUMNS = 20;

/**
 * The test samples in one confusion-matrix cell: images for image data, a
 * table of the inputs in their original units for the rest.
 */
export function CellExamples({
  dataset,
  predictions,
  trueClass,
  predictedClass,
  classNames,
  onClose,
}: {
  dataset: Dataset;
  predictions: ClassPredictions;
  trueClass: number;
  predictedClass: number;
  classNames: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('evaluate');
  const name = (c: number) => shownClassName(classNames[c] ?? String(c));
  const all = cellSamples(dataset.test.y, predictions.predicted, trueClass, predictedClass);
  const shown = all.slice(0, CAP);
  const classes = {
    trueClass: classPhrase(name(trueClass)),
    predictedClass: classPhrase(name(predictedClass)),
  };
  const title = t('cell.title', classes);
  const image = imageSize(dataset);
  const per = perSample(dataset);
  const names = image ? [] : inputNames(dataset);
  const cols = Math.min(names.length, MAX_COLUMNS);
  return (
    <section className="cell-examples" aria-label={t('cell.label', { title })}>
      <header className="row">
        <h3>
          <Trans
            t={t}
            i18nKey="cell.heading"
            values={{
              ...classes,
              trueClass: `${classes.trueClass[0]?.toUpperCase() ?? ''}${classes.trueClass.slice(1)}`,
            }}
            components={{ true: <span translate="no" />, predicted: <span translate="no" /> }}
          />
        </h3>
        <button type="button" onClick={onClose}>
          {t('cell.close')}
        </button>
      </header>
      <p className="help" data-testid="cell-count">
        {all.length === 0
          ? t('cell.none')
          : all.length > CAP
            ? t('cell.capped', { cap: CAP, total: all.length })
            : t('cell.count', { count: all.length })}
        {cols < names.length &&
          ` ${t('cell.columnsCut', { shown: cols, total: formatInt(names.length) })}`}
      </p>
      {shown.length > 0 && image && (
        <ul className="eval-digits" aria-label={t('cell.samples')}>
          {shown.map((i) => (
            <li key={i} className={trueClass === predictedClass ? 'right' : 'wrong'}>
              <DigitCanvas
                pixels={dataset.test.x.subarray(i * per, i * per + per)}
                width={image.w}
                height={image.h}
                label={t('digits.image', {
                  index: i + 1,
                  predicted: name(predictedClass),
                  actual: name(trueClass),
                })}
              />
              <span>
                <span translate="no">{name(predictedClass)}</span> ·{' '}
                {formatPercent(predictions.confidence[i])}
              </span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && !image && (
        <div className="table-scroll">
          <table className="examples" aria-label={t('cell.samples')}>
            <thead>
              <tr>
                <th scope="col">{t('cell.testNumber')}</th>
                {names.slice(0, cols).map((n) => (
                  <th scope="col" key={n} translate="no">
                    {n}
                  </th>
                ))}
                <th scope="col">{t('cell.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  {originalInputs(dataset, i)
                    .slice(0, cols)
                    .map((v, j) => (
                      <td key={j}>{formatValue(v)}</td>
                    ))}
                  <td>{formatPercent(predictions.confidence[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
