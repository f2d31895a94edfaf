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
  title: 'lrTooHigh.title',
  summary: 'lrTooHigh.summary',
  setup: {
    dataset: synthetic('circle', 400, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('sgd', 5, { epochs: 10 }),
  },
  steps: [
    {
      id: 'train-high',
      title: 'lrTooHigh.steps.trainHigh.title',
      detail: 'lrTooHigh.steps.trainHigh.detail',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) =>
            r.config.training.learningRate >= HIGH_RATE &&
            (r.status === 'diverged' || valAcc(r) < 0.75),
        ),
    },
    {
      id: 'lower',
      title: 'lrTooHigh.steps.lower.title',
      detail: 'lrTooHigh.steps.lower.detail',
      done: (v) => v.training.learningRate <= FIXED_HIGH_RATE,
    },
    {
      id: 'train-fixed',
      title: 'lrTooHigh.steps.trainFixed.title',
      detail: 'lrTooHigh.steps.trainFixed.detail',
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
  title: 'lrTooLow.title',
  summary: 'lrTooLow.summary',
  setup: {
    dataset: synthetic('circle', 400, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('adam', 0.00001, { epochs: 20 }),
  },
  steps: [
    {
      id: 'train-low',
      title: 'lrTooLow.steps.trainLow.title',
      detail: 'lrTooLow.steps.trainLow.detail',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) => finished(r) && r.config.training.learningRate <= LOW_RATE && valAcc(r) < 0.8,
        ),
    },
    {
      id: 'raise',
      title: 'lrTooLow.steps.raise.title',
      detail: 'lrTooLow.steps.raise.detail',
      done: (v) => v.training.learningRate >= RAISED_RATE,
    },
    {
      id: 'train-raised',
      title: 'lrTooLow.steps.trainRaised.title',
      detail: 'lrTooLow.steps.trainRaised.detail',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) => finished(r) && r.config.training.learningRate >= RAISED_RATE && valAcc(r) >= 0.9,
        ),
    },
  ],
};
