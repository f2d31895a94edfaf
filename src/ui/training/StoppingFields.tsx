import { CLIP_KINDS } from '../../core/train/training-config';
import { setTraining } from '../../store/actions/training-config';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';
import { LabelRow } from '../learn/LabelRow';

/** Early stopping and gradient clipping. */
export function StoppingFields() {
  const { t } = useTranslation('training');
  const es = useStore((s) => s.training.earlyStopping);
  const clip = useStore((s) => s.training.clip);
  const setEs = (patch: Partial<typeof es>) => setTraining({ earlyStopping: { ...es, ...patch } });
  return (
    <>
      <fieldset className="sub">
        <legend>
          <LabelRow explain="earlyStopping">{t('fields.earlyStopping')}</LabelRow>
        </legend>
        <label className="inline">
          <input
            type="checkbox"
            checked={es.enabled}
            onChange={(e) => setEs({ enabled: e.target.checked })}
          />{' '}
          {t('fields.esEnabled')}
        </label>
        {es.enabled && (
          <div className="row">
            <Field label={t('fields.patience')} htmlFor="es-patience">
              <NumberInput
                id="es-patience"
                min={1}
                step={1}
                value={es.patience}
                onValue={(patience) => setEs({ patience })}
              />
            </Field>
            <Field label={t('fields.minDelta')} htmlFor="es-delta">
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
              {t('fields.restoreBest')}
            </label>
          </div>
        )}
        <p className="help">{t('fields.esHelp')}</p>
      </fieldset>
      <fieldset className="sub">
        <legend>
          <LabelRow explain="gradientClipping">{t('fields.clipping')}</LabelRow>
        </legend>
        <div className="row">
          <ChoiceField
            id="clip-kind"
            label={t('fields.clip')}
            value={clip.kind}
            options={CLIP_KINDS.map((k) => ({
              id: k.id,
              label: t(`clipKinds.${k.id}.label`),
              help: t(`clipKinds.${k.id}.help`),
            }))}
            onChange={(kind) => setTraining({ clip: { ...clip, kind } })}
          />
          {clip.kind !== 'none' && (
            <Field label={t('fields.threshold')} htmlFor="clip-threshold">
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
