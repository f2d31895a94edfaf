import { predictAt } from '../../store/actions/predict';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { CLASS_COLORS } from '../data/ScatterPlot';

/** Predict at a point of the plane: type coordinates or click the scatter plot. */
export function PredictPanel() {
  const probe = useStore((s) => s.probe);
  const output = useStore((s) => s.probeOutput);
  const error = useStore((s) => s.probeError);
  const hasModel = useStore((s) => s.model !== null);
  const task = useStore((s) => s.dataset.task);
  const classNames = task.kind === 'classification' ? task.classNames : task.targetNames;
  return (
    <div className="predict">
      <h3>Predict a point</h3>
      <form
        className="row align-end"
        onSubmit={(e) => {
          e.preventDefault();
          void predictAt(probe.x, probe.y);
        }}
      >
        <div className="field">
          <label htmlFor="probe-x">x₁</label>
          <NumberInput
            id="probe-x"
            step="any"
            value={probe.x}
            onValue={(x) => useStore.setState({ probe: { ...probe, x } })}
          />
        </div>
        <div className="field">
          <label htmlFor="probe-y">x₂</label>
          <NumberInput
            id="probe-y"
            step="any"
            value={probe.y}
            onValue={(y) => useStore.setState({ probe: { ...probe, y } })}
          />
        </div>
        <button type="submit" disabled={!hasModel}>
          Predict
        </button>
      </form>
      {!hasModel && (
        <p className="help">Train or load a model, then type a point or click the plot.</p>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {output && (
        <ul
          className="probabilities"
          data-testid="prediction"
          aria-label={`Prediction at (${output.x}, ${output.y})`}
        >
          {output.values.map((p, c) => (
            <li key={c}>
              <i style={{ background: CLASS_COLORS[c % CLASS_COLORS.length] }} />
              {classNames[c] ?? `Output ${c}`}:{' '}
              <output data-testid={`prob-${c}`}>{p.toFixed(6)}</output>
              <meter
                min={0}
                max={1}
                value={p}
                aria-label={`Probability of ${classNames[c] ?? c}`}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
