import { OPTIMIZER_CHOICES, optimizerSettingList } from '../../core/train/optimizers';
import { setOptimizer, setOptimizerSetting } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { SettingFields } from '../common/SettingFields';
import { optimizerSettingConcept } from '../learn/setting-concepts';

/** The optimizer and its own settings (momentum, β₁, β₂, ε, ρ, ...). */
export function OptimizerFields() {
  const id = useStore((s) => s.training.optimizer);
  const settings = useStore((s) => s.training.optimizerSettings);
  const list = optimizerSettingList(id);
  return (
    <>
      <ChoiceField
        id="optimizer"
        label="Optimizer"
        value={id}
        options={OPTIMIZER_CHOICES}
        explain={id}
        onChange={setOptimizer}
      />
      {list.length > 0 && (
        <div className="row optimizer-params">
          <SettingFields
            settings={list}
            values={settings}
            idPrefix="opt"
            explain={optimizerSettingConcept}
            onChange={(key, v) => {
              if (typeof v !== 'string') setOptimizerSetting(key, v);
            }}
          />
        </div>
      )}
    </>
  );
}
