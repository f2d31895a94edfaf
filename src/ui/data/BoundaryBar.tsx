/**
 * Under the 2-D plane: the boundary toggles (show it, test points,
 * discretised) and a caption saying what the background shows.
 */
import type { TFunction } from 'i18next';
import type { Task } from '../../core/data/dataset';
import { symmetricRange, type BoundaryView, type NeuronRef } from '../../core/insight/grid';
import { setBoundaryView } from '../../store/actions/boundary';
import type { AppState } from '../../store/store';
import { useTranslation } from '../../i18n/react';
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
const when = (t: TFunction<'data'>, b: NonNullable<AppState['boundary']>) =>
  b.step === 0
    ? ''
    : b.epochsDone >= b.epoch
      ? t('boundary.after', { epoch: b.epochsDone, step: b.step })
      : t('boundary.during', { epoch: b.epoch, step: b.step });

function Caption({ boundary, error, hasModel, task, neuron, view }: Props) {
  const { t } = useTranslation('data');
  if (error) return <p className="notice error boundary-caption">{error}</p>;
  if (!hasModel) return <p className="boundary-caption muted">{t('boundary.noModel')}</p>;
  if (!boundary) return <p className="boundary-caption muted">{t('boundary.computing')}</p>;
  if (!view.show) return <p className="boundary-caption muted">{t('boundary.hidden')}</p>;
  const layer = neuron && boundary.grid.neurons?.layers[neuron.layer];
  if (neuron && layer) {
    const [, hi] = symmetricRange(layer.values, layer.units, neuron.unit);
    return (
      <p className="boundary-caption" data-testid="boundary-caption">
        {t('boundary.neuron', {
          layer: neuron.layer + 1,
          unit: neuron.unit + 1,
          when: when(t, boundary),
          hi: hi.toFixed(2),
        })}{' '}
        {view.neuron && <ShowOutputButton />}
      </p>
    );
  }
  const what =
    task.kind !== 'classification'
      ? t('boundary.whatValue', { target: task.targetNames[0] ?? t('boundary.value') })
      : view.discrete
        ? t('boundary.predictedClass')
        : t('boundary.whatClass');
  return (
    <p className="boundary-caption" data-testid="boundary-caption">
      {t('boundary.output', {
        what,
        when: when(t, boundary),
        resolution: boundary.grid.resolution,
      })}
    </p>
  );
}

/** Toggles and caption of the decision boundary. */
export function BoundaryBar(props: Props) {
  const { view } = props;
  const { t } = useTranslation('data');
  return (
    <div className="boundary-bar">
      <div className="boundary-toggles">
        <label>
          <input
            type="checkbox"
            checked={view.show}
            onChange={(e) => setBoundaryView({ show: e.target.checked })}
          />{' '}
          {t('boundary.show')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.showTest}
            onChange={(e) => setBoundaryView({ showTest: e.target.checked })}
          />{' '}
          {t('boundary.showTest')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.discrete}
            disabled={!view.show}
            onChange={(e) => setBoundaryView({ discrete: e.target.checked })}
          />{' '}
          {t('boundary.discretise')}
        </label>
      </div>
      <Caption {...props} />
    </div>
  );
}
