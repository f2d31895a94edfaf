/**
 * Overfitting: a wide network on a few noisy points learns them by heart.
 * The user sees validation loss climb while training loss falls, adds one
 * remedy, and compares the two runs.
 */
import { finished, guideRuns, hasRemedy, overfitted, selectedRuns, stepRuns } from './checks';
import { denseLayer, plainTraining, synthetic } from './setups';
import type { Guide } from './types';

const remedied = (r: Parameters<typeof overfitted>[0]) =>
  hasRemedy(r.config.network, r.config.training);

export const OVERFITTING: Guide = {
  id: 'overfitting',
  title: 'overfitting.title',
  summary: 'overfitting.summary',
  setup: {
    dataset: synthetic('moons', 60, 0.3, { train: 50, validation: 30 }),
    preset: 'relu-mlp',
    layers: (_shape, ids) => [denseLayer(ids(), 64), denseLayer(ids(), 64)],
    training: plainTraining('adam', 0.01, { epochs: 60, batchSize: 16 }),
  },
  steps: [
    {
      id: 'train-big',
      title: 'overfitting.steps.trainBig.title',
      detail: 'overfitting.steps.trainBig.detail',
      done: (v, c) => stepRuns(v, c).some((r) => finished(r) && !remedied(r) && overfitted(r)),
    },
    {
      id: 'remedy',
      title: 'overfitting.steps.remedy.title',
      detail: 'overfitting.steps.remedy.detail',
      done: (v) => hasRemedy(v.network, v.training),
    },
    {
      id: 'train-remedy',
      title: 'overfitting.steps.trainRemedy.title',
      detail: 'overfitting.steps.trainRemedy.detail',
      done: (v, c) => {
        const worst = guideRuns(v, c).filter((r) => !remedied(r) && overfitted(r));
        const bar = Math.min(...worst.map((r) => r.finalValLoss ?? Infinity));
        return stepRuns(v, c).some(
          (r) => finished(r) && remedied(r) && (r.finalValLoss ?? Infinity) < bar,
        );
      },
    },
    {
      id: 'compare',
      title: 'overfitting.steps.compare.title',
      detail: 'overfitting.steps.compare.detail',
      done: (v, c) => {
        const chosen = selectedRuns(v, guideRuns(v, c));
        return chosen.some(remedied) && chosen.some((r) => !remedied(r));
      },
    },
  ],
};
