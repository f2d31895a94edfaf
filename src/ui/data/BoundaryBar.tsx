/**
 * Under the 2-D plane: the boundary toggles (show it, test points,
 * discretised) and a caption saying what the background shows.
 */
import type { Task } from '../../core/data/dataset';
import { symmetricRange, type BoundaryView, type NeuronRef } from '../../core/insight/grid';
import { setBoundaryView } from '../../store/actions/boundary';
import type { AppState } from '../../store/store';
import { ShowOutputButton } from '../inside/ShowOutputButton';

interface Props {
  view: BoundaryView;
  boundary: AppState['boundary'];
  error: string | null;
  hasModel: boolean;
  task: Task;
  /** The hidden unit the background shows, or null for the output. */
  neuron: NeuronRef | null;
}

/** " after epoch 3 (step 42)" / " in epoch 4 (step 45)", or "" for a model not trained here. */
const when = (b: NonNullable<AppState['boundary']>) =>
  b.step === 0
    ? ''
    : b.epochsDone >= b.epoch
      ? ` after epoch ${b.epochsDone} (step ${b.step})`
      : ` in epoch ${b.epoch} (step ${b.step})`;

function Caption({ boundary, error, hasModel, task, neuron, view }: Props) {
  if (error) return <p className="notice error boundary-caption">{error}</p>;
  if (!hasModel)
    return (
      <p className="boundary-caption muted">Train a model to see its decision boundary here.</p>
    );
  if (!boundary) return <p className="boundary-caption muted">Computing the decision boundary…</p>;
  if (!view.show) return <p className="boundary-caption muted">Boundary hidden.</p>;
  const layer = neuron && boundary.grid.neurons?.layers[neuron.layer];
  if (neuron && layer) {
    const [, hi] = symmetricRange(layer.values, layer.units, neuron.unit);
    return (
      <p className="boundary-caption" data-testid="boundary-caption">
        Background: layer {neuron.layer + 1} unit {neuron.unit + 1}
        {when(boundary)}, its activation over the plane (blue −{hi.toFixed(2)}, orange +
        {hi.toFixed(2)}). {view.neuron && <ShowOutputButton />}
      </p>
    );
  }
  const what =
    task.kind === 'classification'
      ? 'predicted class, paler where the model is less sure'
      : `predicted ${task.targetNames[0] ?? 'value'}, on the points' colour scale`;
  return (
    <p className="boundary-caption" data-testid="boundary-caption">
      Background: the model&apos;s{' '}
      {view.discrete && task.kind === 'classification' ? 'predicted class' : what}
      {when(boundary)}, over a {boundary.grid.resolution} × {boundary.grid.resolution} grid.
    </p>
  );
}

/** Toggles and caption of the decision boundary. */
export function BoundaryBar(props: Props) {
  const { view } = props;
  return (
    <div className="boundary-bar">
      <div className="boundary-toggles">
        <label>
          <input
            type="checkbox"
            checked={view.show}
            onChange={(e) => setBoundaryView({ show: e.target.checked })}
          />{' '}
          Show boundary
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.showTest}
            onChange={(e) => setBoundaryView({ showTest: e.target.checked })}
          />{' '}
          Show test points
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.discrete}
            disabled={!view.show}
            onChange={(e) => setBoundaryView({ discrete: e.target.checked })}
          />{' '}
          Discretise
        </label>
      </div>
      <Caption {...props} />
    </div>
  );
}
