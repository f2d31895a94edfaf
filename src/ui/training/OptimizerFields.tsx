import { OPTIMIZER_IDS, shownOptimizerSettings } from '../../core/train/optimizers';
import { useTranslation } from '../../i18n/react';
import { setOptimizer, setOptimizerSetting } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { SettingFields } from '../common/SettingFields';
import { optimizerSettingConcept } from '../learn/setting-concepts';

/** The optimizer and its own settings (momentum, β₁, β₂, ε, ρ, ...). */
export function OptimizerFields() {
  const { t } = useTranslation('training');
  const id = useStore((s) => s.training.optimizer);
  const settings = useStore((s) => s.training.optimizerSettings);
  const list = shownOptimizerSettings(id);
  const options = OPTIMIZER_IDS.map((o) => ({
    id: o,
    label: t(`optimizers.${o}.label`),
    help: t(`optimizers.${o}.help`),
  }));
  return (
    <>
      <ChoiceField
        id="optimizer"
        label={t('fields.optimizer')}
        value={id}
        options={options}
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
