import { testPercent, type SplitSpec } from '../../core/data/dataset-spec';
import { useTranslation } from '../../i18n/react';
import { setDatasetSpec } from '../../store/actions/data';
import { Field } from '../common/Panel';
import { LabelRow } from '../learn/LabelRow';

/** Train and validation percentages; test is the rest. */
export function SplitControls({ split }: { split: SplitSpec }) {
  const { t } = useTranslation('data');
  return (
    <div className="row">
      <Field
        label={t('split.train', { percent: split.train })}
        htmlFor="split-train"
        explain="trainingSet"
      >
        <input
          id="split-train"
          type="range"
          min={10}
          max={90}
          step={5}
          value={split.train}
          onChange={(e) => setDatasetSpec({ split: { ...split, train: Number(e.target.value) } })}
        />
      </Field>
      <Field
        label={t('split.validation', { percent: split.validation })}
        htmlFor="split-validation"
        explain="validationSet"
      >
        <input
          id="split-validation"
          type="range"
          min={5}
          max={50}
          step={5}
          value={split.validation}
          onChange={(e) =>
            setDatasetSpec({ split: { ...split, validation: Number(e.target.value) } })
          }
        />
      </Field>
      <div className="field test-share">
        <LabelRow explain="testSet">
          <span className="label">
            {t('split.test', { percent: Math.max(0, testPercent(split)) })}
          </span>
        </LabelRow>
        <p className="help">{t('split.heldOutHelp')}</p>
      </div>
    </div>
  );
}
