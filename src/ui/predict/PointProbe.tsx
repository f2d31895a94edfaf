/**
 * Predict at a point of a 2-D set's plane: type the coordinates, or click
 * the scatter plot (ui/data/ScatterPlot.tsx calls predictAt).
 */
import { useTranslation } from '../../i18n/react';
import { predictAt, setProbe } from '../../store/actions/predict';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { PredictionOutput } from './PredictionOutput';

export function PointProbe({ blocked }: { blocked: boolean }) {
  const { t } = useTranslation('predict');
  const probe = useStore((s) => s.probe);
  const output = useStore((s) => s.probeOutput);
  const error = useStore((s) => s.probeError);
  const task = useStore((s) => s.dataset.task);
  return (
    <div className="predict-point">
      <h3>{t('point.title')}</h3>
      <form
        className="row align-end"
        onSubmit={(e) => {
          e.preventDefault();
          void predictAt(probe.x, probe.y);
        }}
      >
        <div className="field">
          <label htmlFor="probe-x">x₁</label>
          <NumberInput id="probe-x" step="any" value={probe.x} onValue={(x) => setProbe({ x })} />
        </div>
        <div className="field">
          <label htmlFor="probe-y">x₂</label>
          <NumberInput id="probe-y" step="any" value={probe.y} onValue={(y) => setProbe({ y })} />
        </div>
        <button type="submit" disabled={blocked}>
          {t('point.predict')}
        </button>
      </form>
      <p className="help">{t('point.help')}</p>
      {error && !blocked && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {output && !blocked && (
        <PredictionOutput
          task={task}
          values={output.values}
          label={t('point.at', { x: output.x, y: output.y })}
          testId="prediction"
          itemTestId={(c) => `prob-${c}`}
          format={(p) => p.toFixed(6)}
        />
      )}
    </div>
  );
}
