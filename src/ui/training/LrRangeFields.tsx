import {
  lrRangeProblems,
  RANGE_STEPS_MAX,
  RANGE_STEPS_MIN,
  type LrRangeSpec,
} from '../../core/train/lr-range';
import { LEARNING_RATE_MAX, LEARNING_RATE_MIN } from '../../core/train/training-config';
import { setLrRange } from '../../store/actions/lr-finder';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** The range's fields, in order. */
const FIELDS = [
  { key: 'startLr', min: LEARNING_RATE_MIN, max: LEARNING_RATE_MAX, step: 'any' },
  { key: 'endLr', min: LEARNING_RATE_MIN, max: LEARNING_RATE_MAX, step: 'any' },
  { key: 'steps', min: RANGE_STEPS_MIN, max: RANGE_STEPS_MAX, step: 1 },
] as const satisfies readonly {
  key: keyof LrRangeSpec;
  min: number;
  max: number;
  step: number | 'any';
}[];

/** The range test's start rate, end rate and batch count, with what is wrong with them. */
export function LrRangeFields({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('training');
  const range = useStore((s) => s.lrFinder.range);
  const problems = lrRangeProblems(range);
  return (
    <details className="advanced">
      <summary>{t('finder.rangeSummary')}</summary>
      <fieldset className="plain" disabled={disabled}>
        <legend className="sr-only">{t('finder.rangeLegend')}</legend>
        <div className="row">
          {FIELDS.map((f) => (
            <Field key={f.key} label={t(`finder.${f.key}`)} htmlFor={`lr-range-${f.key}`}>
              <NumberInput
                id={`lr-range-${f.key}`}
                min={f.min}
                max={f.max}
                step={f.step}
                value={range[f.key]}
                onValue={(v) => setLrRange({ [f.key]: v })}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      {problems.map((p) => (
        <p key={p} className="notice error" role="alert">
          {p}
        </p>
      ))}
    </details>
  );
}
