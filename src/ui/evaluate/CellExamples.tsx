import type { Dataset } from '../../core/data/dataset';
import { formatPercent } from '../../core/format';
import { cellSamples } from '../../core/metrics';
import type { ClassPredictions } from '../../worker/protocol';
import { classPhrase } from './class-labels';
import { DigitCanvas } from '../common/DigitCanvas';
import { formatValue, imageSize, inputNames, originalInputs, perSample } from './examples';

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
  const name = (c: number) => classNames[c] ?? String(c);
  const all = cellSamples(dataset.test.y, predictions.predicted, trueClass, predictedClass);
  const shown = all.slice(0, CAP);
  const title = `${classPhrase(name(trueClass))} predicted as ${classPhrase(name(predictedClass))}`;
  const image = imageSize(dataset);
  const per = perSample(dataset);
  const names = image ? [] : inputNames(dataset);
  const cols = Math.min(names.length, MAX_COLUMNS);
  return (
    <section className="cell-examples" aria-label={`Examples: ${title}`}>
      <header className="row">
        <h3>
          {title[0]?.toUpperCase()}
          {title.slice(1)}
        </h3>
        <button type="button" onClick={onClose}>
          Close examples
        </button>
      </header>
      <p className="help" data-testid="cell-count">
        {all.length === 0
          ? 'No test samples fell in this cell.'
          : all.length > CAP
            ? `Showing ${CAP} of ${all.length} samples.`
            : `${all.length} sample${all.length === 1 ? '' : 's'}.`}
        {cols < names.length &&
          ` The table shows the first ${cols} of ${names.length.toLocaleString('en-US')} inputs.`}
      </p>
      {shown.length > 0 && image && (
        <ul className="eval-digits" aria-label="Samples in this cell">
          {shown.map((i) => (
            <li key={i} className={trueClass === predictedClass ? 'right' : 'wrong'}>
              <DigitCanvas
                pixels={dataset.test.x.subarray(i * per, i * per + per)}
                width={image.w}
                height={image.h}
                label={`Test digit ${i + 1}: predicted ${name(predictedClass)}, true ${name(trueClass)}`}
              />
              <span>
                {name(predictedClass)} · {formatPercent(predictions.confidence[i])}
              </span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && !image && (
        <div className="table-scroll">
          <table className="examples" aria-label="Samples in this cell">
            <thead>
              <tr>
                <th scope="col">Test #</th>
                {names.slice(0, cols).map((n) => (
                  <th scope="col" key={n}>
                    {n}
                  </th>
                ))}
                <th scope="col">Confidence</th>
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
