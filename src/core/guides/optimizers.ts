/**
 * SGD, momentum and Adam on the same data and network, side by side in the
 * Runs panel.
 */
import type { OptimizerId } from '../train/optimizers';
import { guideRuns, finished, selectedRuns } from './checks';
import { plainTraining, synthetic } from './setups';
import type { Guide, GuideStep, GuideView, StepContext } from './types';

const trainedWith = (v: GuideView, c: StepContext, optimizer: OptimizerId) =>
  guideRuns(v, c).some((r) => finished(r) && r.config.training.optimizer === optimizer);

/** A step that trains once with `id`; its words are under `optimizers.steps.<id>`. */
const step = (id: 'sgd' | 'momentum' | 'adam'): GuideStep => ({
  id,
  title: `optimizers.steps.${id}.title`,
  detail: `optimizers.steps.${id}.detail`,
  done: (v, c) => trainedWith(v, c, id),
});

const TRIO: readonly OptimizerId[] = ['sgd', 'momentum', 'adam'];

export const OPTIMIZERS_COMPARED: Guide = {
  id: 'optimizers',
  title: 'optimizers.title',
  summary: 'optimizers.summary',
  setup: {
    dataset: synthetic('moons', 400, 0.1),
    preset: 'relu-mlp',
    training: plainTraining('sgd', 0.1, { epochs: 10 }),
  },
  steps: [
    step('sgd'),
    step('momentum'),
    step('adam'),
    {
      id: 'compare',
      title: 'optimizers.steps.compare.title',
      detail: 'optimizers.steps.compare.detail',
      done: (v, c) => {
        const chosen = selectedRuns(v, guideRuns(v, c));
        return TRIO.every((o) => chosen.some((r) => r.config.training.optimizer === o));
      },
    },
  ],
};
