/**
 * Functional Keras models through the engine's load path, on the cpu
 * backend: the converter's Keras 2 and Keras 3 files of a model with a skip
 * connection predict what the same graph built in tfjs predicts, evaluate
 * on data that fits, are described with their graph, and a model with
 * several inputs loads but is refused for data it cannot take.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import type { DatasetSpec } from '../core/data/dataset-spec';
import { readUpload } from '../core/io/upload';
import { initBackend } from './backend';
import { Engine } from './engine';
import { neuronPlan } from './grid';
import { modelToArtifacts } from './model-io';

const circle: DatasetSpec = {
  kind: 'circle',
  samples: 200,
  noise: 0,
  seed: 5,
  split: { train: 60, validation: 20 },
};
const KEY = JSON.stringify(circle);
const fixture = (dir: string, file: string) =>
  readFileSync(new URL(`../../e2e/fixtures/${dir}/${file}`, import.meta.url));
const asFile = (name: string, buf: Buffer | string) => ({
  name,
  bytes: new Uint8Array(typeof buf === 'string' ? Buffer.from(buf) : buf).buffer as ArrayBuffer,
});

function upload(dir: string, json: string = fixture(dir, 'model.json').toString('utf8')) {
  const r = readUpload([
    asFile('model.json', json),
    asFile('group1-shard1of1.bin', fixture(dir, 'group1-shard1of1.bin')),
  ]);
  if (!r.ok) throw new Error(r.error);
  return r.value.artifacts;
}

/** The fixture's graph built with the tfjs API, given the fixture's weights in manifest order. */
function referenceModel(bin: Buffer): tfl.LayersModel {
  const input = tfl.input({ shape: [2] });
  const h = tfl.layers.dense({ units: 8, activation: 'relu' }).apply(input) as tfl.SymbolicTensor;
  const r = tfl.layers.dense({ units: 8 }).apply(h) as tfl.SymbolicTensor;
  const sum = tfl.layers.add().apply([h, r]) as tfl.SymbolicTensor;
  const out = tfl.layers.dense({ units: 2, activation: 'softmax' }).apply(sum);
  const model = tfl.model({ inputs: input, outputs: out as tfl.SymbolicTensor });
  const all = new Float32Array(new Uint8Array(bin).buffer);
  let at = 0;
  const weights = model.weights.map((w) => {
    const shape = w.shape as number[]; // a weight's shape has no free dimensions
    const n = shape.reduce((a, b) => a * b, 1);
    const t = tf.tensor(all.slice(at, at + n), shape);
    at += n;
    return t;
  });
  expect(at).toBe(all.length);
  model.setWeights(weights);
  tf.dispose(weights);
  return model;
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('functional models made elsewhere', () => {
  const probe = new Float32Array([0.1, 0.2, 0.9, -0.3, -0.5, 0.55, 0, 0]);

  it.each(['keras-functional', 'keras3-functional'])(
    'loads %s, predicts as the same graph built in tfjs, and evaluates',
    async (dir) => {
      const ref = referenceModel(fixture(dir, 'group1-shard1of1.bin'));
      const want = tf.tidy(() => ref.predict(tf.tensor(probe, [4, 2])) as tf.Tensor).dataSync();
      ref.dispose();
      const baseline = tf.memory().numTensors;
      const engine = new Engine();
      engine.setDataset(KEY, buildDataset(circle));
      const loaded = await engine.importFiles(upload(dir), null, null);
      expect(loaded.totalParams).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 * 2 + 2);
      expect(loaded.layers.map((l) => [l.className, l.inbound])).toEqual([
        ['InputLayer', []],
        ['Dense', [loaded.layers[0]!.name]],
        ['Dense', ['dense']],
        ['Add', ['dense', 'dense_1']],
        ['Dense', ['add']],
      ]);
      expect(loaded.graphNote).toBe(
        'This model\'s graph has a skip connection into layer "add" (from "dense" and "dense_1"); the editor builds sequential stacks, so it can be used for prediction and evaluation but not edited or trained further.',
      );

      const out = Array.from(await engine.predict(probe, [2]));
      out.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 6));
      // By hand: the residual block scales h by 1.25, so the logits are ±5 · Σh ∓ 7.5.
      expect(out[0]).toBeGreaterThan(0.99); // (0.1, 0.2): inside the circle
      expect(out[3]).toBeGreaterThan(0.99); // (0.9, -0.3): outside

      const ev = await engine.evaluate(KEY);
      expect(ev.splits.map((s) => s.n)).toEqual([120, 40, 40]);
      for (const s of ev.splits) expect(s.metric).toBeGreaterThan(0.95);
      engine.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    },
  );

  it('loads the class name older Keras 2 versions write ("Model")', async () => {
    const json = fixture('keras-functional', 'model.json')
      .toString('utf8')
      .replace('"class_name": "Functional"', '"class_name": "Model"');
    const engine = new Engine();
    const loaded = await engine.importFiles(upload('keras-functional', json), null, null);
    expect(loaded.graphNote).toMatch(/skip connection into layer "add"/);
    engine.dispose();
  });

  it('neuron maps say the graph branches instead of reading it as a stack', () => {
    const model = referenceModel(fixture('keras-functional', 'group1-shard1of1.bin'));
    expect(neuronPlan(model)).toEqual({
      ok: false,
      problem: "Neuron maps are drawn for plain stacks of layers; this model's graph branches.",
    });
    model.dispose();
  });

  it('refuses a graph whose call names a missing layer, quickly and without a leak', async () => {
    const baseline = tf.memory().numTensors;
    const json = fixture('keras3-functional', 'model.json')
      .toString('utf8')
      .replace('"keras_history": ["dense_1", 0, 0]', '"keras_history": ["dense_7", 0, 0]');
    const engine = new Engine();
    await expect(engine.importFiles(upload('keras3-functional', json), null, null)).rejects.toThrow(
      'Layer "add" names layer "dense_7", which the model does not have.',
    );
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('loads a model with two inputs and says why it cannot take the data', async () => {
    const a = tfl.input({ shape: [1], name: 'x1' });
    const b = tfl.input({ shape: [1], name: 'x2' });
    const joined = tfl.layers.concatenate({ name: 'join' }).apply([a, b]) as tfl.SymbolicTensor;
    const head = tfl.layers.dense({ units: 2, activation: 'softmax', name: 'head' }).apply(joined);
    const built = tfl.model({ inputs: [a, b], outputs: head as tfl.SymbolicTensor, name: 'two' });
    const artifacts = await modelToArtifacts(built);
    built.dispose();
    const baseline = tf.memory().numTensors;
    const engine = new Engine();
    engine.setDataset(KEY, buildDataset(circle));
    const loaded = await engine.importFiles(artifacts, null, null);
    expect(loaded.layers.map((l) => l.name)).toEqual(['x1', 'x2', 'join', 'head']);
    expect(loaded.graphNote).toMatch(/^This model's graph has 2 inputs \("x1" and "x2"\);/);
    const why = 'This model has 2 inputs ("x1", "x2") and 1 output ("head").';
    await expect(engine.evaluate(KEY)).rejects.toThrow(
      `${why} Only single-input, single-output models can be evaluated here.`,
    );
    await expect(engine.predict(new Float32Array([1, 2]), [1])).rejects.toThrow(
      `${why} Only single-input, single-output models can predict here.`,
    );
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
