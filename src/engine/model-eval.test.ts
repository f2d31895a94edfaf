import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataPart, Dataset } from '../core/data/dataset';
import { initBackend } from './backend';
import { evaluateModel, fitProblem } from './model-eval';

/** Dense layer with fixed weights: y = x·kernel + bias. */
function linear(kernel: number[][], bias: number[]): tfl.LayersModel {
  const model = tfl.sequential({
    layers: [tfl.layers.dense({ inputShape: [kernel.length], units: bias.length })],
  });
  tf.tidy(() => model.setWeights([tf.tensor2d(kernel), tf.tensor1d(bias)]));
  return model;
}

const part = (x: number[], y: number[], yInt = false): DataPart => ({
  x: new Float32Array(x),
  y: yInt ? new Int32Array(y) : new Float32Array(y),
  n: x.length / 2,
});
const empty = part([], []);

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('evaluateModel', () => {
  it('gives mean squared and absolute error for regression, per split', async () => {
    const model = linear([[1], [1]], [0]);
    const ds: Dataset = {
      inputShape: [2],
      featureNames: ['a', 'b'],
      task: { kind: 'regression', targetNames: ['sum'] },
      // Targets are the sum + 1 (train) and the sum − 2 (test): errors 1 and 2.
      train: part([1, 2, 3, 4], [4, 8]),
      validation: empty,
      test: part([0, 0], [-2]),
    };
    const ev = await evaluateModel(model, ds);
    expect(ev.metricName).toBe('mae');
    expect(ev.splits).toEqual([
      { split: 'train', n: 2, loss: 1, metric: 1 },
      { split: 'validation', n: 0, loss: null, metric: null },
      { split: 'test', n: 1, loss: 4, metric: 2 },
    ]);
    model.dispose();
  });

  it('reads a classifier without softmax as logits, and says so', async () => {
    const model = linear(
      [
        [1, -1],
        [0, 0],
      ],
      [0, 0],
    ); // logits (x, −x)
    const ds: Dataset = {
      inputShape: [2],
      featureNames: ['a', 'b'],
      task: { kind: 'classification', classNames: ['pos', 'neg'] },
      train: part([2, 0, -2, 0], [0, 1], true),
      validation: empty,
      test: empty,
    };
    const ev = await evaluateModel(model, ds);
    expect(ev.note).toMatch(/read as logits/);
    expect(ev.splits[0]!.metric).toBe(1);
    // softmax(2, −2) gives p = 0.982 for the right class: loss −ln(0.982).
    expect(ev.splits[0]!.loss).toBeCloseTo(-Math.log(1 / (1 + Math.exp(-4))), 5);
    expect(
      fitProblem(model, { ...ds, task: { kind: 'classification', classNames: ['a', 'b', 'c'] } }),
    ).toBe('This model outputs [batch, 2]; the data has 3 classes.');
    model.dispose();
  });
});
