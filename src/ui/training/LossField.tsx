import { useMemo } from 'react';
import { outputHead } from '../../core/model/network-spec';
import { LOSS_CHOICES, lossUnavailableReason } from '../../core/train/losses';
import { Trans, useTranslation } from '../../i18n/react';
import { setTraining } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** The loss, offered according to the output; a loss that does not fit says why. */
export function LossField() {
  const { t } = useTranslation('training');
  const loss = useStore((s) => s.training.loss);
  const delta = useStore((s) => s.training.huberDelta);
  const network = useStore((s) => s.network);
  const task = useStore((s) => s.dataset.task);
  const head = useMemo(() => outputHead(network, task), [network, task]);
  const reason = lossUnavailableReason(loss, head);
  const offered = LOSS_CHOICES.map((l) => ({
    id: l.id,
    label: t(`losses.${l.id}.label`),
    help: t(`losses.${l.id}.help`),
    reason: lossUnavailableReason(l.id, head),
  }));
  const unavailable = offered.filter((l) => l.reason);
  return (
    <>
      <ChoiceField
        id="loss"
        label={t('fields.loss')}
        value={loss}
        help={t(`losses.${loss}.help`)}
        explain={loss}
        aria-invalid={reason ? true : undefined}
        options={offered.map((l) => ({
          id: l.id,
          label: l.reason ? t('fields.notForOutput', { label: l.label }) : l.label,
          help: l.help,
          title: l.reason ?? l.help,
          disabled: l.reason !== null,
        }))}
        onChange={(id) => setTraining({ loss: id })}
      />
      {reason && (
        <p className="notice error" role="alert">
          {reason}
        </p>
      )}
      {loss === 'huber' && (
        <Field
          label={t('fields.huberDelta')}
          htmlFor="huber-delta"
          explain="huber"
          help={t('fields.huberHelp')}
        >
          <NumberInput
            id="huber-delta"
            min={0}
            step="any"
            value={delta}
            onValue={(huberDelta) => setTraining({ huberDelta })}
          />
        </Field>
      )}
      {unavailable.length > 0 && (
        <details className="why-not">
          <summary>{t('fields.whyNot')}</summary>
          <ul>
            {unavailable.map((l) => (
              <li key={l.id}>
                <Trans
                  t={t}
                  i18nKey="fields.whyNotItem"
                  values={{ label: l.label, reason: l.reason ?? '' }}
                  components={{ strong: <strong /> }}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
