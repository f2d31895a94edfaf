import { DIGITS_MAX, DIGITS_MIN, type MnistSpec } from '../../core/data/dataset-spec';
import { setDatasetSpec } from '../../store/actions/data';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';
import { SeedRow } from './SyntheticControls';

/** How many of the shipped digits to use, and the seed that picks and splits them. */
export function DigitsControls({ spec }: { spec: MnistSpec }) {
  return (
    <>
      <Field
        label="Samples"
        htmlFor="dataset-samples"
        help={`A seeded random choice of ${DIGITS_MIN}–${DIGITS_MAX.toLocaleString('en-US')} of the 10,000 digits. More trains better and slower.`}
      >
        <NumberInput
          id="dataset-samples"
          min={DIGITS_MIN}
          max={DIGITS_MAX}
          step={100}
          value={spec.samples}
          onValue={(samples) => setDatasetSpec({ samples })}
        />
      </Field>
      <SeedRow seed={spec.seed} />
    </>
  );
}
