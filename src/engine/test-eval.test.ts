import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../core/data/dataset';
import type { DatasetSpec } from '../core/data/dataset-spec';
import { initBackend } from './backend';
import { Engine } from './engine';
import { predictSplit } from './test-eval';

const blobs: DatasetSpec = {
  kind: 'blobs',
  samples: 300,
  noise: 0.2,
  seed: 5,
  split: { train: 60, validation: 10 },
  classes: 3,
} as DatasetSpec;

/** A seeded 2 → 3 model, with or without a softmax at the end. */
function model(outputs: number, activation: 'softmax' | 'linear'): tfl.LayersModel {
  const m = tfl.sequential({
    layers: [
      tfl.layers.dense({
        inputShape: [2],
        units: 5,
        activation: 'tanh',
        kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }),
      }),
      tfl.layers.dense({
        units: outputs,
        activation,
        kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }),
      }),
    ],
  });
  return m;
}

/** model.predict on the whole split, read back at once: the reference. */
function reference(m: tfl.LayersModel, ds: Dataset): Float32Array {
  return tf.tidy(() =>
    (m.predict(tf.tensor2d(ds.test.x, [ds.test.n, 2])) as tf.Tensor).dataSync(),
  ) as Float32Array;
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('predictSplit', () => {
  it('gives the class and confidence model.predict gives, without leaking tensors', async () => {
    const ds = buildDataset(blobs);
    const m = model(3, 'softmax');
    const expected = reference(m, ds);
    const before = tf.memory().numTensors;
    const p = await predictSplit(m, ds, 'test');
    expect(tf.memory().numTensors).toBe(before);
    if (p.kind !== 'classification') throw new Error('expected classes');
    expect(p.n).toBe(ds.test.n);
    expect(p.n).toBeGreaterThan(50);
    expect(p.predicted).toHaveLength(ds.test.n);
    expect(p.confidence).toHaveLength(ds.test.n);
    for (let i = 0; i < p.n; i++) {
      const row = Array.from(expected.subarray(i * 3, i * 3 + 3));
      expect(p.predicted[i]).toBe(row.indexOf(Math.max(...row)));
      expect(p.confidence[i]).toBeCloseTo(Math.max(...row), 5);
    }
    // Loss: mean −ln p(true class).
    let loss = 0;
    for (let i = 0; i < p.n; i++) loss -= Math.log(expected[i * 3 + (ds.test.y[i] as number)]!);
    expect(p.loss).toBeCloseTo(loss / p.n, 4);
    expect(p.note).toBeNull();
    m.dispose();
  });

  it('reads logits through softmax for the confidence, and says so', async () => {
    const ds = buildDataset(blobs);
    const m = model(3, 'linear');
    const p = await predictSplit(m, ds, 'test');
    if (p.kind !== 'classification') throw new Error('expected classes');
    expect(p.note).toMatch(/read as logits/);
    expect(Math.min(...p.confidence)).toBeGreaterThan(1 / 3 - 1e-6);
    expect(Math.max(...p.confidence)).toBeLessThanOrEqual(1);
    m.dispose();
  });

  it('gives regression values [n, targets] and refuses a model that does not fit', async () => {
    const ds = buildDataset({
      kind: 'plane',
      samples: 100,
      noise: 0,
      seed: 2,
      split: { train: 60, validation: 20 },
    } as DatasetSpec);
    const m = model(1, 'linear');
    const p = await predictSplit(m, ds, 'test');
    if (p.kind !== 'regression') throw new Error('expected values');
    expect(p.values).toHaveLength(ds.test.n);
    expect(Array.from(p.values)).toEqual(Array.from(reference(m, ds)));
    await expect(predictSplit(model(2, 'linear'), ds, 'test')).rejects.toThrow(
      'This model outputs [batch, 2]; the data has 1 targets.',
    );
    m.dispose();
  });

  it('is reachable through the engine, which refuses other data', async () => {
    const engine = new Engine();
    engine.setDataset('blobs', buildDataset(blobs));
    await expect(engine.evaluateSplit('blobs', 'test')).rejects.toThrow(
      'There is no trained or loaded model yet.',
    );
    engine.dispose();
  });
});
