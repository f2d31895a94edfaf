import { testPercent, type SplitSpec } from '../../core/data/dataset-spec';
import { setDatasetSpec } from '../../store/actions/data';
import { Field } from '../common/Panel';
import { LabelRow } from '../learn/LabelRow';

/** Train and validation percentages; test is the rest. */
export function SplitControls({ split }: { split: SplitSpec }) {
  return (
    <div className="row">
      <Field label={`Train ${split.train}%`} htmlFor="split-train" explain="trainingSet">
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
        label={`Validation ${split.validation}%`}
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
          <span className="label">Test {Math.max(0, testPercent(split))}%</span>
        </LabelRow>
        <p className="help">Held out: used only when you evaluate.</p>
      </div>
    </div>
  );
}
