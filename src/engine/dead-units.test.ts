/**
 * The dead-unit count: a ReLU layer pushed far below zero by its bias is
 * all dead, a freshly initialised one on spread-out data has few dead
 * units, conv channels count as units, and nothing is left on the backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import type { NetworkSpec } from '../core/model/network-spec';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec } from '../core/model/layer-spec';
import { initBackend } from './backend';
import { buildModel } from './build-model';
import { DEAD_UNIT_SAMPLES, measureDeadUnits } from './dead-units';
import { denseLayer } from './test-fixtures';

const data = buildDataset({
  kind: 'circle',
  samples: 600,
  noise: 0,
  seed: 5,
  split: { train: 80, validation: 20 },
});
const classes = data.task;
const relu: NetworkSpec = {
  layers: [denseLayer('a', 8, 'relu'), denseLayer('b', 6, 'tanh'), denseLayer('c', 5, 'relu')],
  binaryHead: 'softmax',
};

/** Every bias of every layer but the output set to `value`. */
function setHiddenBias(model: tfl.LayersModel, value: number): void {
  for (const layer of model.layers.filter((l) => l.name !== 'output')) {
    const w = layer.getWeights();
    if (w.length !== 2) continue;
    const bias = tf.fill(w[1]!.shape, value);
    layer.setWeights([w[0]!, bias]);
    bias.dispose();
  }
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('measureDeadUnits', () => {
  it('counts every unit dead behind a huge negative bias, and leaves no tensor behind', async () => {
    const model = buildModel(relu, { inputShape: [2], task: classes }, 1);
    setHiddenBias(model, -1000);
    const x = tf.tensor2d(data.train.x, [data.train.n, 2]);
    const before = tf.memory().numTensors;
    const report = await measureDeadUnits(model, x, 3);
    expect(tf.memory().numTensors).toBe(before);
    expect(report).toEqual({
      epoch: 3,
      samples: DEAD_UNIT_SAMPLES,
      layers: [
        { name: 'dense_1', units: 8, dead: 8 },
        { name: 'dense_3', units: 5, dead: 5 },
      ],
    });
    x.dispose();
    model.dispose();
  });

  it('finds few dead units in a freshly initialised network', async () => {
    const model = buildModel(relu, { inputShape: [2], task: classes }, 1);
    const x = tf.tensor2d(data.train.x, [data.train.n, 2]);
    const report = await measureDeadUnits(model, x, 0);
    const first = report?.layers[0];
    // Zero biases: each unit's hyperplane crosses the origin, inside the circle data.
    expect(first).toMatchObject({ name: 'dense_1', units: 8 });
    expect(first?.dead).toBe(0);
    expect(report?.layers[1]?.dead ?? 99).toBeLessThanOrEqual(2);
    x.dispose();
    model.dispose();
  });

  it('counts a ReLU convolution’s channels, over every position', async () => {
    const conv: NetworkSpec = {
      layers: [
        {
          ...defaultLayer('conv2d', 'k'),
          filters: 4,
          kernelSize: 3,
          activation: 'relu',
        } as LayerSpec,
        defaultLayer('flatten', 'f'),
      ],
      binaryHead: 'softmax',
    };
    const model = buildModel(conv, { inputShape: [6, 6, 1], task: classes }, 2);
    setHiddenBias(model, -1000);
    const x = tf.randomUniform([10, 6, 6, 1]);
    const report = await measureDeadUnits(model, x, 1);
    expect(report?.samples).toBe(10);
    expect(report?.layers).toEqual([{ name: 'conv2d_1', units: 4, dead: 4 }]);
    x.dispose();
    model.dispose();
  });

  it('reports nothing for a network without ReLU layers', async () => {
    const tanh: NetworkSpec = { layers: [denseLayer('a', 4, 'tanh')], binaryHead: 'softmax' };
    const model = buildModel(tanh, { inputShape: [2], task: classes }, 1);
    const x = tf.tensor2d(data.train.x, [data.train.n, 2]);
    expect(await measureDeadUnits(model, x, 1)).toBeNull();
    x.dispose();
    model.dispose();
  });
});
