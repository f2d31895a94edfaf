import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS } from '../core/train/optimizers';
import { initBackend } from './backend';
import { makeOptimizer, setLearningRate } from './optimizers';

/** Minimise |w|² from w = [1, 2] for `steps` steps; returns w. */
function descend(id: (typeof OPTIMIZER_IDS)[number], steps: number, lr = 0.01): number[] {
  const o = makeOptimizer(id, lr, {});
  const w = tf.variable(tf.tensor1d([1, 2]));
  for (let i = 0; i < steps; i++) o.minimize(() => tf.sum(tf.square(w)) as tf.Scalar, false, [w]);
  const out = Array.from(w.dataSync());
  o.dispose();
  w.dispose();
  return out;
}

beforeAll(async () => {
  await initBackend('cpu');
});

describe('optimizers', () => {
  it('every optimizer moves toward the minimum, each in its own way', () => {
    const results = OPTIMIZER_IDS.map((id) => descend(id, 5).join());
    for (const r of results) expect(Number(r.split(',')[0])).toBeLessThan(1);
    // momentum, Nesterov settings aside, every rule differs from plain SGD.
    expect(new Set(results).size).toBe(OPTIMIZER_IDS.length);
  });

  it('Adadelta follows the published rule, not plain SGD', () => {
    // Keras: accum_g = ρ·a + (1−ρ)g²; Δ = g·√(accum_Δ+ε)/√(accum_g+ε); first step with w=1, g=2.
    const rho = 0.95;
    const eps = 1e-7;
    const g = 2;
    const accumG = (1 - rho) * g * g;
    const update = (g * Math.sqrt(eps)) / Math.sqrt(accumG + eps);
    expect(descend('adadelta', 1, 1)[0]).toBeCloseTo(1 - update, 6);
  });

  it('changes the learning rate of a live optimizer', () => {
    for (const id of OPTIMIZER_IDS) {
      const o = makeOptimizer(id, 0.1, {});
      setLearningRate(o, 0.001);
      expect((o.getConfig() as { learningRate: number }).learningRate).toBe(0.001);
      o.dispose();
    }
  });
});
