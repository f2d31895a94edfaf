/**
 * Why the spiral needs depth: one small layer can draw only a few straight
 * cuts, far too few for two interleaved arms; two ReLU layers of 32 units
 * can.
 */
import { denseLayers, finished, stepRuns, valAcc } from './checks';
import { denseLayer, plainTraining, synthetic } from './setups';
import type { Guide } from './types';
import type { NetworkSpec } from '../model/network-spec';

/** At least two hidden Dense layers and 32 units among them. */
const deep = (n: NetworkSpec): boolean => {
  const dense = denseLayers(n);
  return dense.length >= 2 && dense.reduce((sum, l) => sum + l.units, 0) >= 32;
};

export const SPIRAL_DEPTH: Guide = {
  id: 'spiral-depth',
  title: 'Why the spiral needs depth',
  summary:
    'One layer of four tanh units against two interleaved spiral arms, then a deeper network.',
  setup: {
    dataset: synthetic('spiral', 400, 0.05),
    preset: 'relu-mlp',
    layers: (_shape, ids) => [denseLayer(ids(), 4, 'tanh')],
    training: plainTraining('adam', 0.02, { epochs: 60 }),
  },
  steps: [
    {
      id: 'train-small',
      title: 'Press Train with one small layer.',
      detail:
        'Watch the decision boundary: a few smooth bands that cut across the arms. Validation accuracy stays near chance, however long you train: four units cannot draw the curls.',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) => finished(r) && denseLayers(r.config.network).length <= 1 && valAcc(r) < 0.8,
        ),
    },
    {
      id: 'deepen',
      title: 'Give it depth: apply the ReLU MLP preset.',
      detail:
        'Pick ReLU MLP in the network panel’s presets (two ReLU layers of 32 units), or add a second Dense layer yourself: at least two layers and 32 units between them.',
      done: (v) => deep(v.network),
    },
    {
      id: 'train-deep',
      title: 'Train the deeper network to 90 % validation accuracy.',
      detail:
        'Each ReLU unit adds a fold; the second layer combines the first layer’s folds into the many small regions the arms need.',
      done: (v, c) =>
        stepRuns(v, c).some((r) => finished(r) && deep(r.config.network) && valAcc(r) >= 0.9),
    },
  ],
};
