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
  title: 'spiralDepth.title',
  summary: 'spiralDepth.summary',
  setup: {
    dataset: synthetic('spiral', 400, 0.05),
    preset: 'relu-mlp',
    layers: (_shape, ids) => [denseLayer(ids(), 4, 'tanh')],
    training: plainTraining('adam', 0.02, { epochs: 60 }),
  },
  steps: [
    {
      id: 'train-small',
      title: 'spiralDepth.steps.trainSmall.title',
      detail: 'spiralDepth.steps.trainSmall.detail',
      done: (v, c) =>
        stepRuns(v, c).some(
          (r) => finished(r) && denseLayers(r.config.network).length <= 1 && valAcc(r) < 0.8,
        ),
    },
    {
      id: 'deepen',
      title: 'spiralDepth.steps.deepen.title',
      detail: 'spiralDepth.steps.deepen.detail',
      done: (v) => deep(v.network),
    },
    {
      id: 'train-deep',
      title: 'spiralDepth.steps.trainDeep.title',
      detail: 'spiralDepth.steps.trainDeep.detail',
      done: (v, c) =>
        stepRuns(v, c).some((r) => finished(r) && deep(r.config.network) && valAcc(r) >= 0.9),
    },
  ],
};
