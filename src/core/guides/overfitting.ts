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
  title: 'Overfitting, and how dropout, L2 or early stopping help',
  summary:
    'Thirty noisy moon points and two layers of 64 units: enough capacity to memorise the training set.',
  setup: {
    dataset: synthetic('moons', 60, 0.3, { train: 50, validation: 30 }),
    preset: 'relu-mlp',
    layers: (_shape, ids) => [denseLayer(ids(), 64), denseLayer(ids(), 64)],
    training: plainTraining('adam', 0.01, { epochs: 60, batchSize: 16 }),
  },
  steps: [
    {
      id: 'train-big',
      title: 'Press Train and watch the gap open.',
      detail:
        'In the loss chart the training loss keeps falling towards zero while the validation loss falls for a while, then climbs: the network is fitting the noise of its 30 training points, and that does not carry over to new ones.',
      done: (v, c) => stepRuns(v, c).some((r) => finished(r) && !remedied(r) && overfitted(r)),
    },
    {
      id: 'remedy',
      title: 'Add one remedy.',
      detail:
        'Any of: a Dropout layer (rate 0.3 to 0.5) after each Dense layer; L2 regularisation on the Dense layers (rate 0.01); or early stopping in the Train panel, which stops when the validation loss stops improving and keeps the best weights.',
      done: (v) => hasRemedy(v.network, v.training),
    },
    {
      id: 'train-remedy',
      title: 'Press Reset, then Train again with the remedy.',
      detail:
        'Reset starts from fresh weights, so the runs compare fairly. The validation loss should end lower than the first run’s: the gap between the two curves stays narrower.',
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
      title: 'Compare the two runs in the Runs panel.',
      detail:
        'Tick both runs in the Runs panel: their curves are drawn together, and the table lists what differs between them.',
      done: (v, c) => {
        const chosen = selectedRuns(v, guideRuns(v, c));
        return chosen.some(remedied) && chosen.some((r) => !remedied(r));
      },
    },
  ],
};
