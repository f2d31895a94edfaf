import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { gridPoints } from '../core/insight/grid';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec, NetworkSpec } from '../core/model/network-spec';
import { initBackend } from './backend';
import { buildModel } from './build-model';
import { neuronPlan, predictGrid } from './grid';

const layer = (kind: LayerSpec['kind'], id: string, over: object = {}): LayerSpec =>
  ({ ...defaultLayer(kind, id), ...over }) as LayerSpec;
const mlp: NetworkSpec = {
  layers: [
    layer('dense', 'a', { units: 8, activation: 'tanh' }),
    layer('dense', 'b', { units: 5, activation: 'relu' }),
  ],
  binaryHead: 'softmax',
};
const classes = { kind: 'classification' as const, classNames: ['a', 'b', 'c'] };
const extent = { x0: -1.5, x1: 1.5, y0: -1.5, y1: 1.5 };

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('predictGrid', () => {
  it('returns R × R × outputs values equal to per-point predictions', async () => {
    const model = buildModel(mlp, { inputShape: [2], task: classes }, 1);
    const grid = await predictGrid(model, { extent, resolution: 100 });
    expect(grid.resolution).toBe(100);
    expect(grid.outputs).toBe(3);
    expect(grid.values.length).toBe(100 * 100 * 3);
    expect(grid.neurons).toBeNull();
    const pts = gridPoints(extent, 100);
    for (const i of [0, 99, 5050, 9999]) {
      const one = tf.tidy(() =>
        (
          model.predict(tf.tensor2d(pts.subarray(i * 2, i * 2 + 2), [1, 2])) as tf.Tensor
        ).dataSync(),
      );
      for (let k = 0; k < 3; k++) expect(grid.values[i * 3 + k]).toBeCloseTo(one[k] as number, 5);
    }
    model.dispose();
  });

  it('applies the scaling and handles regression outputs', async () => {
    const task = { kind: 'regression' as const, targetNames: ['y'] };
    const model = buildModel(mlp, { inputShape: [2], task }, 2);
    const scaling = { offset: [0.5, -0.5], scale: [2, 3] };
    const grid = await predictGrid(model, { extent, resolution: 10, scaling });
    expect(grid.outputs).toBe(1);
    const pts = gridPoints(extent, 10, scaling);
    const direct = tf.tidy(() =>
      (model.predict(tf.tensor2d(pts, [100, 2])) as tf.Tensor).dataSync(),
    );
    expect(grid.values[37]).toBeCloseTo(direct[37] as number, 5);
    model.dispose();
  });

  it('leaks no tensors over repeated calls, with neuron maps', async () => {
    const model = buildModel(mlp, { inputShape: [2], task: classes }, 3);
    await predictGrid(model, { extent, resolution: 20, neuronResolution: 8 });
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++)
      await predictGrid(model, { extent, resolution: 100, neuronResolution: 40 });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('refuses a model that does not take the plane', async () => {
    const model = buildModel(mlp, { inputShape: [3], task: classes }, 1);
    await expect(predictGrid(model, { extent, resolution: 10 })).rejects.toThrow(/2 inputs/);
    model.dispose();
  });
});

describe('neuron maps', () => {
  it('gives one map per hidden unit, equal to the layer outputs', async () => {
    const model = buildModel(mlp, { inputShape: [2], task: classes }, 4);
    const grid = await predictGrid(model, { extent, resolution: 10, neuronResolution: 12 });
    const maps = grid.neurons;
    expect(grid.neuronProblem).toBeNull();
    expect(maps?.resolution).toBe(12);
    expect(maps?.layers.map((l) => l.units)).toEqual([8, 5]);
    expect(maps?.layers[1]?.values.length).toBe(12 * 12 * 5);
    // Reference: a sub-model over the second hidden layer's output (never disposed, see grid.ts).
    const hidden = model.layers.find((l) => l.name === maps?.layers[1]?.name);
    const sub = tfl.model({ inputs: model.inputs, outputs: hidden?.output as tfl.SymbolicTensor });
    const pts = gridPoints(extent, 12);
    const ref = tf.tidy(() => (sub.predict(tf.tensor2d(pts, [144, 2])) as tf.Tensor).dataSync());
    for (const i of [0, 77, 143 * 5 + 4])
      expect(maps?.layers[1]?.values[i]).toBeCloseTo(ref[i] as number, 5);
    model.dispose();
  });

  it('keeps the model weights alive, and frees them with the model', async () => {
    const base = tf.memory().numTensors;
    const model = buildModel(mlp, { inputShape: [2], task: classes }, 5);
    for (let i = 0; i < 3; i++)
      await predictGrid(model, { extent, resolution: 4, neuronResolution: 4 });
    // The model still predicts after the neuron passes (its weights were not disposed).
    const again = await predictGrid(model, { extent, resolution: 4 });
    expect(again.values.every(Number.isFinite)).toBe(true);
    model.dispose();
    expect(tf.memory().numTensors).toBe(base);
  });

  it('explains when the network is too big or not an MLP', () => {
    const wide = buildModel(
      { layers: [layer('dense', 'a', { units: 16 })], binaryHead: 'softmax' },
      { inputShape: [2], task: classes },
      1,
    );
    const plan = neuronPlan(wide);
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.problem).toMatch(
        /up to 6 hidden layers of 8 units; this one has 1 with up to 16/,
      );
    wide.dispose();
    const none = buildModel(
      { layers: [], binaryHead: 'softmax' },
      { inputShape: [2], task: classes },
      1,
    );
    const p2 = neuronPlan(none);
    expect(p2.ok).toBe(false);
    none.dispose();
    const withDropout = buildModel(
      {
        layers: [
          layer('dense', 'a', { units: 4 }),
          layer('dropout', 'd'),
          layer('dense', 'b', { units: 3 }),
        ],
        binaryHead: 'sigmoid',
      },
      { inputShape: [2], task: { kind: 'classification', classNames: ['a', 'b'] } },
      1,
    );
    const p3 = neuronPlan(withDropout);
    expect(p3.ok && p3.groups.map((g) => g.layers.length)).toEqual([2, 1]);
    withDropout.dispose();
  });
});
