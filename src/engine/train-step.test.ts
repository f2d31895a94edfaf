import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerSpec } from '../core/model/layer-spec';
import { DEFAULT_NETWORK, type NetworkIO } from '../core/model/network-spec';
import { initBackend } from './backend';
import { buildModel } from './build-model';
import { regularizationLosses } from './train-step';

const IO: NetworkIO = { inputShape: [2], task: { kind: 'classification', classNames: ['a', 'b'] } };

/** The default network with every hidden layer's kernel regularized by `reg` at 0.01. */
function regularized(reg: 'none' | 'l1' | 'l2') {
  const layers = DEFAULT_NETWORK.layers.map((l) => ({ ...l, reg, regRate: 0.01 }) as LayerSpec);
  return buildModel({ ...DEFAULT_NETWORK, layers }, IO, 1);
}

/** Σ rate · w² over the hidden kernels, computed from the weights themselves. */
function l2By(model: ReturnType<typeof regularized>): number {
  return model.layers
    .slice(0, DEFAULT_NETWORK.layers.length)
    .reduce((sum, l) => sum + 0.01 * (tf.sum(tf.square(l.getWeights()[0]!)).dataSync()[0] ?? 0), 0);
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('regularizationLosses', () => {
  it('gives one L2 penalty per regularized layer, equal to rate · Σ w²', () => {
    const model = regularized('l2');
    const penalties = regularizationLosses(model).map((p) => p.dataSync()[0] ?? 0);
    expect(penalties).toHaveLength(DEFAULT_NETWORK.layers.length);
    expect(penalties.reduce((a, b) => a + b, 0)).toBeCloseTo(l2By(model), 5);
    model.dispose();
  });

  it('gives none for a network without regularizers', () => {
    const model = regularized('none');
    expect(regularizationLosses(model)).toEqual([]);
    model.dispose();
  });
});
