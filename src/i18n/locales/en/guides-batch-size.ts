/** The English words of the batch-size recipe. */
const batchSize = {
  batchSize: {
    title: 'Batch size: stochastic, mini-batch and full batch',
    summary: 'The circle with 120 training points, five epochs of SGD at three batch sizes.',
    steps: {
      stochastic: {
        title: 'Press Train with batch size 1.',
        detail:
          'Stochastic gradient descent: 120 noisy steps per epoch, one per point. In the per-batch loss chart the line is ragged, but it gets somewhere fast.',
      },
      mini: {
        title: 'Set the batch size to 16, then press Train new model (beside Reset).',
        detail:
          'Train new model starts the run from fresh weights, as the first did; Continue training would carry on from the trained ones. A mini-batch: 8 steps per epoch, each averaging 16 gradients. Smoother, and far fewer steps for the same epochs.',
      },
      full: {
        title: 'Set the batch size to 120 (the whole training set), then press Train new model.',
        detail:
          'Full-batch gradient descent: one exact step per epoch. Five epochs are five steps, and the loss has barely started to fall.',
      },
      compare: {
        title: 'Compare the three runs in the Runs panel.',
        detail:
          'Each run is ticked for comparison as it ends, so the three curves already share the chart under the runs table. Per epoch, small batches learn most; per step, large batches are more precise. Mini-batches are the usual middle ground.',
      },
    },
  },
} as const;

export default batchSize;
