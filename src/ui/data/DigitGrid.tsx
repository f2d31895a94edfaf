import type { Dataset } from '../../core/data/dataset';
import { formatInt } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import { DigitCanvas } from '../common/DigitCanvas';

/** Digits shown. */
const SHOWN = 24;

function Digit({ pixels, label }: { pixels: Float32Array; label: string }) {
  const { t } = useTranslation('data');
  return (
    <li>
      <DigitCanvas
        pixels={pixels}
        width={28}
        height={28}
        label={t('digits.digitLabel', { label })}
      />
      <span>{label}</span>
    </li>
  );
}

/** The first training images with their labels. */
export function DigitGrid({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation('data');
  const part = dataset.train;
  const per = 28 * 28;
  const names = dataset.task.kind === 'classification' ? dataset.task.classNames : [];
  const n = Math.min(SHOWN, part.n);
  return (
    <figure className="digits">
      <ul aria-label={t('digits.sample')}>
        {Array.from({ length: n }, (_, i) => (
          <Digit
            key={`${i}-${part.y[i]}`}
            pixels={part.x.subarray(i * per, i * per + per)}
            label={names[part.y[i] as number] ?? String(part.y[i])}
          />
        ))}
      </ul>
      <figcaption className="help">
        {t('digits.caption', { shown: n, total: formatInt(part.n) })}
      </figcaption>
    </figure>
  );
}
