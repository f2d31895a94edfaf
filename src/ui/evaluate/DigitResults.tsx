import { useId, useState } from 'react';
import type { Dataset } from '../../core/data/dataset';
import { formatPercent } from '../../core/format';
import type { ClassPredictions } from '../../worker/protocol';
import { DigitCanvas } from '../common/DigitCanvas';
import { imageSize, perSample } from './examples';

/** Digits shown at most. */
const SHOWN = 48;

/**
 * Test images with their predicted and true labels; mistakes get a red frame
 * and a ✗ with the true label, so they do not rely on colour alone.
 */
export function DigitResults({
  dataset,
  predictions,
}: {
  dataset: Dataset;
  predictions: ClassPredictions;
}) {
  const [mistakesOnly, setMistakesOnly] = useState(false);
  const id = useId();
  const size = imageSize(dataset);
  if (!size || predictions.n !== dataset.test.n) return null;
  const names = dataset.task.kind === 'classification' ? dataset.task.classNames : [];
  const name = (c: number) => names[c] ?? String(c);
  const per = perSample(dataset);
  const y = dataset.test.y;
  const all = Array.from({ length: predictions.n }, (_, i) => i);
  const wrong = all.filter((i) => predictions.predicted[i] !== y[i]);
  const pool = mistakesOnly ? wrong : all;
  const shown = pool.slice(0, SHOWN);
  return (
    <section className="digit-results" aria-label="Test digits">
      <header className="row">
        <h3>Test digits</h3>
        <label className="check" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={mistakesOnly}
            onChange={(e) => setMistakesOnly(e.target.checked)}
          />
          Mistakes only
        </label>
      </header>
      <ul className="eval-digits" aria-label="Test digits with predictions">
        {shown.map((i) => {
          const p = predictions.predicted[i] as number;
          const t = y[i] as number;
          const ok = p === t;
          return (
            <li key={i} className={ok ? 'right' : 'wrong'}>
              <DigitCanvas
                pixels={dataset.test.x.subarray(i * per, i * per + per)}
                width={size.w}
                height={size.h}
                label={`Test digit ${i + 1}: predicted ${name(p)}, true ${name(t)}${ok ? '' : ', a mistake'}`}
              />
              <span title={`${formatPercent(predictions.confidence[i])} sure`}>
                {ok ? `✓ ${name(p)}` : `✗ ${name(p)} (true ${name(t)})`}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="help" data-testid="digit-results-caption">
        {shown.length} of {pool.length} {mistakesOnly ? 'mistakes' : 'test digits'} · {wrong.length}{' '}
        mistake{wrong.length === 1 ? '' : 's'} in {predictions.n} test digits.
      </p>
    </section>
  );
}
