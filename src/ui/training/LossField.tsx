import { useMemo } from 'react';
import { outputHead } from '../../core/model/network-spec';
import { LOSSES, lossUnavailableReason, type LossId } from '../../core/train/losses';
import { setTraining } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** The loss, offered according to the output; a loss that does not fit says why. */
export function LossField() {
  const loss = useStore((s) => s.training.loss);
  const delta = useStore((s) => s.training.huberDelta);
  const network = useStore((s) => s.network);
  const task = useStore((s) => s.dataset.task);
  const head = useMemo(() => outputHead(network, task), [network, task]);
  const current = LOSSES.find((l) => l.id === loss);
  const reason = lossUnavailableReason(loss, head);
  const unavailable = LOSSES.map((l) => ({
    ...l,
    reason: lossUnavailableReason(l.id, head),
  })).filter((l) => l.reason);
  return (
    <>
      <Field label="Loss" htmlFor="loss" help={current?.help}>
        <select
          id="loss"
          value={loss}
          aria-invalid={reason ? true : undefined}
          onChange={(e) => setTraining({ loss: e.target.value as LossId })}
        >
          {LOSSES.map((l) => {
            const why = lossUnavailableReason(l.id, head);
            return (
              <option key={l.id} value={l.id} disabled={why !== null} title={why ?? l.help}>
                {l.label}
                {why ? ' (not for this output)' : ''}
              </option>
            );
          })}
        </select>
      </Field>
      {reason && (
        <p className="notice error" role="alert">
          {reason}
        </p>
      )}
      {loss === 'huber' && (
        <Field
          label="Huber δ"
          htmlFor="huber-delta"
          help="Errors smaller than δ are squared, larger ones count linearly."
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
          <summary>Why are some losses unavailable?</summary>
          <ul>
            {unavailable.map((l) => (
              <li key={l.id}>
                <strong>{l.label}</strong>: {l.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
