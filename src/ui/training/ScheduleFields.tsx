import { SCHEDULES, type ScheduleId } from '../../core/train/schedules';
import { setSchedule } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** The learning-rate schedule and its settings; stays live during a run. */
export function ScheduleFields() {
  const s = useStore((st) => st.training.schedule);
  const help = SCHEDULES.find((x) => x.id === s.kind)?.help;
  return (
    <div className="schedule">
      <Field label="Learning-rate schedule" htmlFor="schedule-kind" help={help}>
        <select
          id="schedule-kind"
          value={s.kind}
          onChange={(e) => setSchedule({ kind: e.target.value as ScheduleId })}
        >
          {SCHEDULES.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="row">
        {s.kind === 'step' && (
          <Field label="Every (epochs)" htmlFor="schedule-step">
            <NumberInput
              id="schedule-step"
              min={1}
              step={1}
              value={s.stepEvery}
              onValue={(stepEvery) => setSchedule({ stepEvery })}
            />
          </Field>
        )}
        {(s.kind === 'step' || s.kind === 'plateau') && (
          <Field label="Factor" htmlFor="schedule-factor">
            <NumberInput
              id="schedule-factor"
              min={0}
              max={1}
              step={0.05}
              value={s.factor}
              onValue={(factor) => setSchedule({ factor })}
            />
          </Field>
        )}
        {s.kind === 'exponential' && (
          <Field label="Decay per epoch" htmlFor="schedule-decay">
            <NumberInput
              id="schedule-decay"
              min={0}
              max={1}
              step={0.01}
              value={s.decayRate}
              onValue={(decayRate) => setSchedule({ decayRate })}
            />
          </Field>
        )}
        {s.kind === 'plateau' && (
          <Field label="Patience (epochs)" htmlFor="schedule-patience">
            <NumberInput
              id="schedule-patience"
              min={1}
              step={1}
              value={s.patience}
              onValue={(patience) => setSchedule({ patience })}
            />
          </Field>
        )}
        {(s.kind === 'cosine' || s.kind === 'plateau') && (
          <Field label="Minimum rate" htmlFor="schedule-min">
            <NumberInput
              id="schedule-min"
              min={0}
              step="any"
              value={s.minLearningRate}
              onValue={(minLearningRate) => setSchedule({ minLearningRate })}
            />
          </Field>
        )}
      </div>
    </div>
  );
}
