/**
 * A CNN on digits beats an MLP: the same digits and epochs, flattened
 * pixels against convolutions that share each filter over the image. The
 * CNN must win within the MLP's number of epochs.
 */
import { finished, guideRuns, hasConv, stepRuns, valAcc } from './checks';
import { plainTraining } from './setups';
import type { Guide } from './types';

export const CNN_DIGITS: Guide = {
  id: 'cnn-digits',
  title: 'A CNN on digits beats an MLP',
  summary:
    '1,000 handwritten digits, six epochs each: an MLP on flattened pixels, then a small CNN.',
  setup: {
    dataset: { kind: 'mnist', samples: 1000, seed: 1, split: { train: 70, validation: 15 } },
    preset: 'image-mlp',
    training: plainTraining('adam', 0.003, { epochs: 6, batchSize: 32 }),
  },
  steps: [
    {
      id: 'train-mlp',
      title: 'Press Train with the Image MLP.',
      detail:
        'It flattens each 28 × 28 image into 784 numbers: a pixel’s neighbours are just other inputs to it. Note its validation accuracy.',
      done: (v, c) =>
        guideRuns(v, c).some(
          (r) => finished(r) && r.config.dataset.kind === 'mnist' && !hasConv(r.config.network),
        ),
    },
    {
      id: 'pick-cnn',
      title: 'Apply the Small CNN preset.',
      detail:
        'In the network panel’s presets. Its 3 × 3 filters slide over the image, so a stroke is recognised wherever it is; the preset sets 10 epochs: set Epochs back to 6 so the race is fair.',
      done: (v) => hasConv(v.network),
    },
    {
      id: 'train-cnn',
      title: 'Train the CNN, and beat the MLP’s validation accuracy.',
      detail:
        'Fewer weights than the MLP, yet more accurate: the filters are shared over the whole image. Compare the two in the Runs panel.',
      done: (v, c) => {
        const mlps = guideRuns(v, c).filter(
          (r) => finished(r) && r.config.dataset.kind === 'mnist' && !hasConv(r.config.network),
        );
        const bar = Math.max(...mlps.map(valAcc));
        const budget = Math.max(...mlps.map((r) => r.config.training.epochs));
        return stepRuns(v, c).some(
          (r) =>
            finished(r) &&
            r.config.dataset.kind === 'mnist' &&
            hasConv(r.config.network) &&
            r.config.training.epochs <= budget &&
            valAcc(r) > bar,
        );
      },
    },
  ],
};
