/**
 * Two guides about the learning rate: one so large that every step
 * overshoots, one so small that nothing moves.
 */
import { finished, stepRuns, valAcc } from './checks';
import { plainTraining, synthetic } from './setups';
import type { Guide } from './types';

/** Rates at or above this count as "the high rate" in the first guide. */
const HIGH_RATE = 1;
/** The rate a fixed run must be at or under. */
const FIXED_HIGH_RATE = 0.1;
const LOW_RATE = 1e-4;
const RAISED_RATE = 0.005;

export const LR_TOO_HIGH: Guide = {
  id: 'lr-too-high',
  title: 'The learning rate is too high',
  summary:
    'Plain SGD at a learning rate of 5 on the circle: each step overshoots, and the network stops learning.',
  setup: {
    dataset: synthetic('circle', 400, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('sgd', 5, { epochs: 10 }),
  },
  steps: [
    {
      id: 'train-high',
      title: 'Press Train at learning rate 5.',
      detail:
        'Watch the loss chart: the loss jumps far above where it started, then stays flat, and accuracy sits near 50 %. Each step is so long that it jumps over the valley instead of down into it, and the ReLU units it pushes too far never come back.',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) =>
            r.config.training.learningRate >= HIGH_RATE &&
            (r.status === 'diverged' || valAcc(r) < 0.75),
        ),
    },
    {
      id: 'lower',
      title: 'Lower the learning rate to 0.1 or less.',
      detail:
        'Type it into the Learning rate field of the Train panel. 0.1 is the rate the ReLU MLP preset uses with SGD.',
      done: (v) => v.training.learningRate <= FIXED_HIGH_RATE,
    },
    {
      id: 'train-fixed',
      title: 'Press Reset, then Train again: reach 85 % validation accuracy.',
      detail:
        'Reset throws the broken weights away (Continue training would carry on from them). This time the loss falls smoothly from the first epoch. Compare the two runs in the Runs panel: same network, same data, only the step size changed.',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) =>
            finished(r) && r.config.training.learningRate <= FIXED_HIGH_RATE && valAcc(r) >= 0.85,
        ),
    },
  ],
};

export const LR_TOO_LOW: Guide = {
  id: 'lr-too-low',
  title: 'The learning rate is too low',
  summary: 'Adam at a learning rate of 0.00001: twenty epochs go by and the loss barely moves.',
  setup: {
    dataset: synthetic('circle', 400, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('adam', 0.00001, { epochs: 20 }),
  },
  steps: [
    {
      id: 'train-low',
      title: 'Press Train at learning rate 0.00001.',
      detail:
        'Watch the loss chart: an almost flat line, and the decision boundary hardly changes. Nothing is wrong with the network; the steps are just tiny.',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) => finished(r) && r.config.training.learningRate <= LOW_RATE && valAcc(r) < 0.8,
        ),
    },
    {
      id: 'raise',
      title: 'Raise the learning rate to 0.01.',
      detail:
        'That is the rate the ReLU MLP preset uses with Adam. Anything from 0.005 up ticks this step.',
      done: (v) => v.training.learningRate >= RAISED_RATE,
    },
    {
      id: 'train-raised',
      title: 'Press Reset, then Train again: reach 90 % validation accuracy.',
      detail:
        'Reset starts from fresh weights, as the first run did. Same number of epochs, but now the loss drops in the first few. In the Runs panel the two runs differ only in their learning rate.',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) => finished(r) && r.config.training.learningRate >= RAISED_RATE && valAcc(r) >= 0.9,
        ),
    },
  ],
};
