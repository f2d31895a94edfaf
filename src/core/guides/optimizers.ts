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

const step = (id: OptimizerId, title: string, detail: string): GuideStep => ({
  id,
  title,
  detail,
  done: (v, c) => trainedWith(v, c, id),
});

const TRIO: readonly OptimizerId[] = ['sgd', 'momentum', 'adam'];

export const OPTIMIZERS_COMPARED: Guide = {
  id: 'optimizers',
  title: 'SGD vs momentum vs Adam',
  summary:
    'The moons and one ReLU network, trained three times for ten epochs: only the optimizer changes.',
  setup: {
    dataset: synthetic('moons', 400, 0.1),
    preset: 'relu-mlp',
    training: plainTraining('sgd', 0.1, { epochs: 10 }),
  },
  steps: [
    step(
      'sgd',
      'Press Train with plain SGD.',
      'Every step moves the weights straight down the current batch’s gradient, by learning rate × gradient. Note how fast the loss falls.',
    ),
    step(
      'momentum',
      'Pick Momentum as the optimizer, press Reset, then Train.',
      'Choose it in the Optimizer menu of the Train panel (its tuned learning rate comes with it). Reset makes each run start from the same fresh weights. Momentum keeps a running sum of past gradients, so steps in a steady direction grow and zig-zags cancel.',
    ),
    step(
      'adam',
      'Pick Adam, press Reset, then Train a third time.',
      'Adam scales every weight’s step by how large its recent gradients were, so each weight gets a step size of its own.',
    ),
    {
      id: 'compare',
      title: 'Compare the three runs in the Runs panel.',
      detail:
        'Tick the SGD, Momentum and Adam runs: their loss curves share one chart. Which reached a low loss first?',
      done: (v, c) => {
        const chosen = selectedRuns(v, guideRuns(v, c));
        return TRIO.every((o) => chosen.some((r) => r.config.training.optimizer === o));
      },
    },
  ],
};
