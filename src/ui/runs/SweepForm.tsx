import { useId, useState } from 'react';
import { SWEEP_MAX_RUNS, SWEEP_MAX_SEEDS, type SweepAxis } from '../../core/experiments/sweep';
import {
  parseSweepValues,
  SWEEP_SETTING_IDS,
  type SweepSettingId,
} from '../../core/experiments/sweep-settings';
import { currentRunConfig } from '../../store/actions/run-config';
import { runSweep, stopSweep } from '../../store/actions/sweep';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';
import { NoticeLine } from '../common/Panel';
import { OPTIMIZER_CHOICES } from '../../core/train/optimizers';
import { useTranslation } from '../../i18n/react';

/**
 * The sweep's submit button, off while a run trains: it alone follows the
 * run's state, so starting or ending a run does not redraw the whole form.
 */
function SweepRunButton({ label }: { label: string }) {
  const running = useStore(selectIsRunning);
  return (
    <button type="submit" disabled={running}>
      {label}
    </button>
  );
}

/**
 * Train the current setup once per value of one or two settings (each
 * combination over N seeds), one after another; the runs land in the table
 * and end up compared.
 */
export function SweepForm() {
  const { t } = useTranslation('runs');
  const options = SWEEP_SETTING_IDS.map((id) => ({ id, label: t(`sweep.setting.${id}.label`) }));
  const hint = (setting: SweepSettingId) =>
    t(`sweep.setting.${setting}.hint`, { ids: OPTIMIZER_CHOICES.map((o) => o.id).join(', ') });
  const id = useId();
  const status = useStore((s) => s.sweepStatus);
  const progress = useStore((s) => s.sweepProgress);
  const message = useStore((s) => s.sweepMessage);
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
      return setError(t('sweepMsg.seeds', { max: SWEEP_MAX_SEEDS }));
    setError(null);
    void runSweep(axes, n);
  };

  const going = status !== 'idle';
  return (
    <form
      className="sweep-form"
      aria-label={t('sweep.aria')}
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <h3>{t('sweep.title')}</h3>
      <p className="help">{t('sweep.help', { max: SWEEP_MAX_RUNS })}</p>
      <fieldset disabled={going}>
        <legend className="sr-only">{t('sweep.legend')}</legend>
        <div className="row">
          <label>
            {t('sweep.vary')}{' '}
            {/* Named by the label's word alone: the options are no part of its name. */}
            <select
              aria-label={t('sweep.vary')}
              value={first}
              onChange={(e) => setFirst(e.target.value as SweepSettingId)}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('sweep.values')}{' '}
            <input
              aria-describedby={`${id}-hint1`}
              value={firstValues}
              onChange={(e) => setFirstValues(e.target.value)}
            />
          </label>
          <small id={`${id}-hint1`}>{hint(first)}</small>
        </div>
        <div className="row">
          <label>
            {t('sweep.and')}{' '}
            <select
              aria-label={t('sweep.secondAria')}
              value={second}
              onChange={(e) => setSecond(e.target.value as SweepSettingId | 'none')}
            >
              <option value="none">{t('sweep.nothingElse')}</option>
              {options
                .filter((o) => o.id !== first)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
            </select>
          </label>
          {second !== 'none' && (
            <label>
              {t('sweep.secondValues')}{' '}
              <input value={secondValues} onChange={(e) => setSecondValues(e.target.value)} />
            </label>
          )}
        </div>
        <label>
          {t('sweep.seeds')}{' '}
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
            {status === 'stopping' ? t('sweep.stopping') : t('sweep.stop')}
          </button>
        ) : (
          <SweepRunButton label={t('sweep.run')} />
        )}
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {progress && (
        <p className="sweep-progress" role="status" aria-label={t('sweep.progressAria')}>
          {progress}
        </p>
      )}
      <NoticeLine notice={message} testId="sweep-message" />
    </form>
  );
}
