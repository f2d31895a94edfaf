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
  title: 'batchSize.title',
  summary: 'batchSize.summary',
  setup: {
    dataset: synthetic('circle', 200, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('sgd', 0.1, { epochs: 5, batchSize: 1 }),
  },
  steps: [
    {
      id: 'stochastic',
      title: 'batchSize.steps.stochastic.title',
      detail: 'batchSize.steps.stochastic.detail',
      done: (v, c) => trainedAs(v, c, 'stochastic'),
    },
    {
      id: 'mini',
      title: 'batchSize.steps.mini.title',
      detail: 'batchSize.steps.mini.detail',
      done: (v, c) => trainedAs(v, c, 'mini'),
    },
    {
      id: 'full',
      title: 'batchSize.steps.full.title',
      detail: 'batchSize.steps.full.detail',
      done: (v, c) => trainedAs(v, c, 'full'),
    },
    {
      id: 'compare',
      title: 'batchSize.steps.compare.title',
      detail: 'batchSize.steps.compare.detail',
      done: (v, c) => {
        const kinds = new Set(
          selectedRuns(v, guideRuns(v, c)).map((r) => batchKind(r, v.trainSamples)),
        );
        return kinds.size === 3;
      },
    },
  ],
};
