import { useId, useState } from 'react';
import type { Dataset } from '../../core/data/dataset';
import { formatPercent } from '../../core/format';
import { useTranslation } from '../../i18n/react';
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
  const { t } = useTranslation('evaluate');
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
    <section className="digit-results" aria-label={t('digits.title')}>
      <header className="row">
        <h3>{t('digits.title')}</h3>
        <label className="check" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={mistakesOnly}
            onChange={(e) => setMistakesOnly(e.target.checked)}
          />
          {t('digits.mistakesOnly')}
        </label>
      </header>
      <ul className="eval-digits" aria-label={t('digits.list')}>
        {shown.map((i) => {
          const p = predictions.predicted[i] as number;
          const actual = y[i] as number;
          const ok = p === actual;
          const words = { index: i + 1, predicted: name(p), actual: name(actual) };
          return (
            <li key={i} className={ok ? 'right' : 'wrong'}>
              <DigitCanvas
                pixels={dataset.test.x.subarray(i * per, i * per + per)}
                width={size.w}
                height={size.h}
                label={t(ok ? 'digits.image' : 'digits.imageMistake', words)}
              />
              <span title={t('digits.sure', { percent: formatPercent(predictions.confidence[i]) })}>
                {ok ? `✓ ${name(p)}` : t('digits.wrong', words)}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="help" data-testid="digit-results-caption">
        {t(mistakesOnly ? 'digits.shownMistakes' : 'digits.shownDigits', {
          shown: shown.length,
          pool: pool.length,
        })}{' '}
        · {t('digits.mistakes', { count: wrong.length, n: predictions.n })}
      </p>
    </section>
  );
}
