import { useId, useState } from 'react';
import { SWEEP_MAX_RUNS, SWEEP_MAX_SEEDS, type SweepAxis } from '../../core/experiments/sweep';
import {
  parseSweepValues,
  SWEEP_SETTING_IDS,
  SWEEP_SETTINGS,
  type SweepSettingId,
} from '../../core/experiments/sweep-settings';
import { currentRunConfig } from '../../store/actions/run-config';
import { runSweep, stopSweep } from '../../store/actions/sweep';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';
import { NoticeLine } from '../common/Panel';

const OPTIONS = SWEEP_SETTING_IDS.map((id) => ({ id, label: SWEEP_SETTINGS[id].label }));

/**
 * Train the current setup once per value of one or two settings (each
 * combination over N seeds), one after another; the runs land in the table
 * and end up compared.
 */
export function SweepForm() {
  const id = useId();
  const status = useStore((s) => s.sweepStatus);
  const progress = useStore((s) => s.sweepProgress);
  const message = useStore((s) => s.sweepMessage);
  const running = useStore(selectIsRunning);
  const [first, setFirst] = useState<SweepSettingId>('learningRate');
  const [firstValues, setFirstValues] = useState('0.003, 0.03, 0.3');
  const [second, setSecond] = useState<SweepSettingId | 'none'>('none');
  const [secondValues, setSecondValues] = useState('');
  const [seeds, setSeeds] = useState('1');
  const [error, setError] = useState<string | null>(null);

  const start = () => {
    const config = currentRunConfig(useStore.getState());
    const axes: SweepAxis[] = [];
    const a = parseSweepValues(first, firstValues, config);
    if (!a.ok) return setError(a.error);
    axes.push({ setting: first, values: a.value });
    if (second !== 'none') {
      const b = parseSweepValues(second, secondValues, config);
      if (!b.ok) return setError(b.error);
      axes.push({ setting: second, values: b.value });
    }
    const n = Number(seeds);
    if (!Number.isInteger(n) || n < 1 || n > SWEEP_MAX_SEEDS)
      return setError(`Seeds per combination must be a whole number from 1 to ${SWEEP_MAX_SEEDS}.`);
    setError(null);
    void runSweep(axes, n);
  };

  const going = status !== 'idle';
  return (
    <form
      className="sweep-form"
      aria-label="Sweep"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <h3>Sweep</h3>
      <p className="help">
        Train the current setup once per value (at most {SWEEP_MAX_RUNS} runs), each as a new model.
      </p>
      <fieldset disabled={going}>
        <legend className="sr-only">What to vary</legend>
        <div className="row">
          <label>
            Vary {/* Named by the label's word alone: the options are no part of its name. */}
            <select
              aria-label="Vary"
              value={first}
              onChange={(e) => setFirst(e.target.value as SweepSettingId)}
            >
              {OPTIONS.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Values{' '}
            <input
              aria-describedby={`${id}-hint1`}
              value={firstValues}
              onChange={(e) => setFirstValues(e.target.value)}
            />
          </label>
          <small id={`${id}-hint1`}>{SWEEP_SETTINGS[first].hint}</small>
        </div>
        <div className="row">
          <label>
            and{' '}
            <select
              aria-label="Second setting"
              value={second}
              onChange={(e) => setSecond(e.target.value as SweepSettingId | 'none')}
            >
              <option value="none">nothing else</option>
              {OPTIONS.filter((o) => o.id !== first).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          {second !== 'none' && (
            <label>
              Second values{' '}
              <input value={secondValues} onChange={(e) => setSecondValues(e.target.value)} />
            </label>
          )}
        </div>
        <label>
          Seeds per combination{' '}
          <input
            type="number"
            min={1}
            max={SWEEP_MAX_SEEDS}
            step={1}
            value={seeds}
            onChange={(e) => setSeeds(e.target.value)}
          />
        </label>
      </fieldset>
      <div className="buttons">
        {going ? (
          <button type="button" disabled={status === 'stopping'} onClick={stopSweep}>
            {status === 'stopping' ? 'Stopping…' : 'Stop sweep'}
          </button>
        ) : (
          <button type="submit" disabled={running}>
            Run sweep
          </button>
        )}
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {progress && (
        <p className="sweep-progress" role="status" aria-label="Sweep progress">
          {progress}
        </p>
      )}
      <NoticeLine notice={message} testId="sweep-message" />
    </form>
  );
}
