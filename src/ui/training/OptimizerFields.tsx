import { OPTIMIZERS, optimizerParams, type OptimizerId } from '../../core/train/optimizers';
import { setOptimizer, setOptimizerSetting } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** The optimizer and its own settings (momentum, β₁, β₂, ε, ρ, ...). */
export function OptimizerFields() {
  const id = useStore((s) => s.training.optimizer);
  const settings = useStore((s) => s.training.optimizerSettings);
  const optimizer = OPTIMIZERS.find((o) => o.id === id);
  return (
    <>
      <Field label="Optimizer" htmlFor="optimizer" help={optimizer?.help}>
        <select
          id="optimizer"
          value={id}
          onChange={(e) => setOptimizer(e.target.value as OptimizerId)}
        >
          {OPTIMIZERS.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      {optimizerParams(id).length > 0 && (
        <div className="row optimizer-params">
          {optimizerParams(id).map((p) =>
            p.type === 'bool' ? (
              <label key={p.key} className="inline" title={p.help}>
                <input
                  type="checkbox"
                  checked={settings[p.key] === true}
                  onChange={(e) => setOptimizerSetting(p.key, e.target.checked)}
                />{' '}
                {p.label}
              </label>
            ) : (
              <div key={p.key} className="field small" title={p.help}>
                <label htmlFor={`opt-${p.key}`}>{p.label}</label>
                <NumberInput
                  id={`opt-${p.key}`}
                  min={p.min}
                  max={p.max}
                  step="any"
                  value={typeof settings[p.key] === 'number' ? (settings[p.key] as number) : NaN}
                  onValue={(v) => setOptimizerSetting(p.key, v)}
                />
              </div>
            ),
          )}
        </div>
      )}
    </>
  );
}
