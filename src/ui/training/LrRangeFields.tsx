import { lrRangeProblems, RANGE_STEPS_MAX, RANGE_STEPS_MIN } from '../../core/train/lr-range';
import { LEARNING_RATE_MAX, LEARNING_RATE_MIN } from '../../core/train/training-config';
import { setLrRange } from '../../store/actions/lr-finder';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** The range test's start rate, end rate and batch count, with what is wrong with them. */
export function LrRangeFields({ disabled }: { disabled: boolean }) {
  const range = useStore((s) => s.lrFinder.range);
  const problems = lrRangeProblems(range);
  return (
    <details className="advanced">
      <summary>Test range</summary>
      <fieldset className="plain" disabled={disabled}>
        <legend className="sr-only">Learning-rate test range</legend>
        <div className="row">
          <Field label="Start rate" htmlFor="lr-range-start">
            <NumberInput
              id="lr-range-start"
              min={LEARNING_RATE_MIN}
              max={LEARNING_RATE_MAX}
              step="any"
              value={range.startLr}
              onValue={(startLr) => setLrRange({ startLr })}
            />
          </Field>
          <Field label="End rate" htmlFor="lr-range-end">
            <NumberInput
              id="lr-range-end"
              min={LEARNING_RATE_MIN}
              max={LEARNING_RATE_MAX}
              step="any"
              value={range.endLr}
              onValue={(endLr) => setLrRange({ endLr })}
            />
          </Field>
          <Field label="Batches" htmlFor="lr-range-steps">
            <NumberInput
              id="lr-range-steps"
              min={RANGE_STEPS_MIN}
              max={RANGE_STEPS_MAX}
              step={1}
              value={range.steps}
              onValue={(steps) => setLrRange({ steps })}
            />
          </Field>
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
