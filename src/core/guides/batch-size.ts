/**
 * Batch size: one sample per step, a mini-batch, and the whole training set
 * per step, compared on the same data for the same number of epochs.
 */
import type { RunSummary } from '../experiments/run-summary';
import { finished, guideRuns, selectedRuns } from './checks';
import { plainTraining, synthetic } from './setups';
import type { Guide, GuideView, StepContext } from './types';

type BatchKind = 'stochastic' | 'mini' | 'full';

/** What a run's batch size makes it, on a training split of `trainSamples` rows. */
export function batchKind(r: RunSummary, trainSamples: number): BatchKind {
  const b = r.config.training.batchSize;
  return b <= 1 ? 'stochastic' : b >= trainSamples ? 'full' : 'mini';
}

const trainedAs = (v: GuideView, c: StepContext, kind: BatchKind) =>
  guideRuns(v, c).some((r) => finished(r) && batchKind(r, v.trainSamples) === kind);

export const BATCH_SIZES: Guide = {
  id: 'batch-size',
  title: 'Batch size: stochastic, mini-batch and full batch',
  summary: 'The circle with 120 training points, five epochs of SGD at three batch sizes.',
  setup: {
    dataset: synthetic('circle', 200, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('sgd', 0.1, { epochs: 5, batchSize: 1 }),
  },
  steps: [
    {
      id: 'stochastic',
      title: 'Press Train with batch size 1.',
      detail:
        'Stochastic gradient descent: 120 noisy steps per epoch, one per point. In the per-batch loss chart the line is ragged, but it gets somewhere fast.',
      done: (v, c) => trainedAs(v, c, 'stochastic'),
    },
    {
      id: 'mini',
      title: 'Set the batch size to 16, press Reset, then Train.',
      detail:
        'Reset makes the run start from fresh weights, as the first did. A mini-batch: 8 steps per epoch, each averaging 16 gradients. Smoother, and far fewer steps for the same epochs.',
      done: (v, c) => trainedAs(v, c, 'mini'),
    },
    {
      id: 'full',
      title: 'Set the batch size to 120 (the whole training set), press Reset, then Train.',
      detail:
        'Full-batch gradient descent: one exact step per epoch. Five epochs are five steps, and the loss has barely started to fall.',
      done: (v, c) => trainedAs(v, c, 'full'),
    },
    {
      id: 'compare',
      title: 'Compare the three runs in the Runs panel.',
      detail:
        'Tick the three runs. Per epoch, small batches learn most; per step, large batches are more precise. Mini-batches are the usual middle ground.',
      done: (v, c) => {
        const kinds = new Set(
          selectedRuns(v, guideRuns(v, c)).map((r) => batchKind(r, v.trainSamples)),
        );
        return kinds.size === 3;
      },
    },
  ],
};
