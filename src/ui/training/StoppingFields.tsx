import { CLIP_KINDS } from '../../core/train/training-config';
import { setTraining } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';
import { LabelRow } from '../learn/LabelRow';

/** Early stopping and gradient clipping. */
export function StoppingFields() {
  const es = useStore((s) => s.training.earlyStopping);
  const clip = useStore((s) => s.training.clip);
  const setEs = (patch: Partial<typeof es>) => setTraining({ earlyStopping: { ...es, ...patch } });
  return (
    <>
      <fieldset className="sub">
        <legend>
          <LabelRow explain="earlyStopping">Early stopping</LabelRow>
        </legend>
        <label className="inline">
          <input
            type="checkbox"
            checked={es.enabled}
            onChange={(e) => setEs({ enabled: e.target.checked })}
          />{' '}
          Stop when the validation loss stops improving
        </label>
        {es.enabled && (
          <div className="row">
            <Field label="Patience (epochs)" htmlFor="es-patience">
              <NumberInput
                id="es-patience"
                min={1}
                step={1}
                value={es.patience}
                onValue={(patience) => setEs({ patience })}
              />
            </Field>
            <Field label="Min. improvement" htmlFor="es-delta">
              <NumberInput
                id="es-delta"
                min={0}
                step="any"
                value={es.minDelta}
                onValue={(minDelta) => setEs({ minDelta })}
              />
            </Field>
            <label className="inline">
              <input
                type="checkbox"
                checked={es.restoreBest}
                onChange={(e) => setEs({ restoreBest: e.target.checked })}
              />{' '}
              Restore best weights
            </label>
          </div>
        )}
        <p className="help">
          Guards against overfitting: training ends once the validation loss has not improved for
          “patience” epochs.
        </p>
      </fieldset>
      <fieldset className="sub">
        <legend>
          <LabelRow explain="gradientClipping">Gradient clipping</LabelRow>
        </legend>
        <div className="row">
          <ChoiceField
            id="clip-kind"
            label="Clip"
            value={clip.kind}
            options={CLIP_KINDS}
            onChange={(kind) => setTraining({ clip: { ...clip, kind } })}
          />
          {clip.kind !== 'none' && (
            <Field label="Threshold" htmlFor="clip-threshold">
              <NumberInput
                id="clip-threshold"
                min={0}
                step="any"
                value={clip.threshold}
                onValue={(threshold) => setTraining({ clip: { ...clip, threshold } })}
              />
            </Field>
          )}
        </div>
      </fieldset>
    </>
  );
}
