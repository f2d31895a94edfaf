import { DIGITS_MAX, DIGITS_MIN, type MnistSpec } from '../../core/data/dataset-spec';
import { formatInt } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import { setDatasetSpec } from '../../store/actions/data';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';
import { SeedRow } from './SyntheticControls';

/** How many of the shipped digits to use, and the seed that picks and splits them. */
export function DigitsControls({ spec }: { spec: MnistSpec }) {
  const { t } = useTranslation('data');
  return (
    <>
      <Field
        label={t('synthetic.samples')}
        htmlFor="dataset-samples"
        help={t('digits.samplesHelp', { min: DIGITS_MIN, max: formatInt(DIGITS_MAX) })}
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
