/**
 * Model I/O through the real tfjs IO layer (withSaveHandler to save,
 * fromMemory for the standard loader): round trips, optimizer state that
 * makes resumed training exact, models made elsewhere, and every kind of
 * bad upload refused by name without leaking a tensor.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import type { DatasetSpec } from '../core/data/dataset-spec';
import { zipFiles } from '../core/io/bundle';
import { finalMetrics, MODEL_FORMAT_VERSION, type ModelMeta } from '../core/io/model-meta';
import { readUpload, type Upload } from '../core/io/upload';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec, NetworkSpec } from '../core/model/network-spec';
import type { EpochRecord } from '../core/train/history';
import { DEFAULT_TRAINING, type TrainingConfig } from '../core/train/training-config';
import { initBackend } from './backend';
import { Engine } from './engine';
import type { TrainRequest } from '../worker/protocol';

const circle: DatasetSpec = {
  kind: 'circle',
  samples: 200,
  noise: 0,
  seed: 5,
  split: { train: 60, validation: 20 },
};
const network: NetworkSpec = {
  layers: [
    { ...defaultLayer('dense', 'a'), units: 6, activation: 'tanh' } as LayerSpec,
    { ...defaultLayer('dense', 'b'), units: 4, activation: 'relu' } as LayerSpec,
  ],
  binaryHead: 'softmax',
};
const training: TrainingConfig = {
  ...DEFAULT_TRAINING,
  learningRate: 0.05,
  batchSize: 16,
  epochs: 3,
  seed: 9,
};
const KEY = JSON.stringify(circle);
const probe = new Float32Array([0.1, 0.2, -0.8, 0.5, 0.9, -0.1]);

const fixture = (dir: string, file: string) =>
  readFileSync(new URL(`../../e2e/fixtures/${dir}/${file}`, import.meta.url));
/** A file as the page reads it (a copy: Node's Buffers share a pool). */
const asFile = (name: string, buf: Buffer | Uint8Array | string) => {
  const bytes = typeof buf === 'string' ? new TextEncoder().encode(buf) : new Uint8Array(buf);
  return { name, bytes: bytes.buffer as ArrayBuffer };
};

function engineWithData(): Engine {
  const e = new Engine();
  e.setDataset(KEY, buildDataset(circle));
  return e;
}

const req = (epochs: number, cont: boolean): TrainRequest => ({
  datasetKey: KEY,
  dataset: circle,
  network,
  training: { ...training, epochs },
  continue: cont,
});

/** Train `epochs` and collect the history the page would keep. */
async function trainFor(engine: Engine, epochs: number, cont: boolean): Promise<EpochRecord[]> {
  const records: EpochRecord[] = [];
  const outcomes: string[] = [];
  engine.setListener((events) =>
    events.forEach((e) => {
      if (e.type === 'epoch') records.push(e.record);
      if (e.type === 'ended') outcomes.push(e.outcome);
    }),
  );
  await engine.train(req(epochs, cont));
  expect(outcomes).toEqual(['done']);
  await new Promise((r) => setTimeout(r, 80)); // events are flushed every 50 ms
  return records;
}

const metaFor = (history: EpochRecord[]): ModelMeta => ({
  formatVersion: MODEL_FORMAT_VERSION,
  name: 'circle',
  createdAt: '2025-01-01T00:00:00.000Z',
  savedAt: '2025-01-01T00:00:00.000Z',
  dataset: circle,
  scaling: null,
  network,
  training,
  history,
  finalMetrics: finalMetrics(history),
  backend: 'cpu',
  totalParams: 0,
  optimizerState: false,
});

/** Export the engine's model as a .zip bundle and read it back as an upload. */
async function bundleOf(
  engine: Engine,
  meta: ModelMeta | null,
  includeOptimizer: boolean,
): Promise<Upload> {
  const files = await engine.exportFiles(meta, includeOptimizer);
  const zip = zipFiles({
    'model.json': files.modelJson,
    'weights.bin': files.weights,
    ...(files.optimizer && {
      'optimizer.json': files.optimizer.json,
      'optimizer.bin': files.optimizer.bin,
    }),
  });
  const r = readUpload([asFile('m.zip', zip)]);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function weightsOf(engine: Engine): Promise<number[]> {
  const files = await engine.exportFiles(null);
  return Array.from(new Float32Array(files.weights));
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('save -> load round trip', () => {
  it("gives identical weights and predictions, also through tfjs's standard loader", async () => {
    const baseline = tf.memory().numTensors;
    const a = engineWithData();
    const history = await trainFor(a, 2, false);
    const before = await a.predict(probe, [2]);
    const upload = await bundleOf(a, metaFor(history), false);
    expect(upload.meta?.totalParams).toBe(2 * 6 + 6 + 6 * 4 + 4 + 4 * 2 + 2);

    const b = new Engine();
    const loaded = await b.importFiles(upload.artifacts, upload.meta, upload.optimizer);
    expect(loaded.layers.map((l) => l.name)).toEqual(['dense_1', 'dense_2', 'output', 'softmax']);
    expect(loaded.optimizerState).toBe('none');
    expect(await weightsOf(b)).toEqual(await weightsOf(a));
    expect(Array.from(await b.predict(probe, [2]))).toEqual(Array.from(before));

    // The download is the standard format: plain tfjs loads it as it is.
    const files = await a.exportFiles(null);
    const json = JSON.parse(files.modelJson);
    const plain = await tfl.loadLayersModel(
      tf.io.fromMemory(json.modelTopology, json.weightsManifest[0].weights, files.weights),
    );
    const out = tf.tidy(() => plain.predict(tf.tensor2d(probe, [3, 2])) as tf.Tensor);
    expect(Array.from(await out.data())).toEqual(Array.from(before));
    out.dispose();
    plain.dispose();

    a.dispose();
    b.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('with the optimizer state, resumed training continues exactly', async () => {
    const a = engineWithData();
    const history = await trainFor(a, 3, false);
    const withState = await bundleOf(a, metaFor(history), true);
    const withoutState = await bundleOf(a, metaFor(history), false);
    expect(withState.meta?.optimizerState).toBe(true);
    expect(withState.optimizer?.weightSpecs.map((w) => w.name)[0]).toBe('iter');
    const more = await trainFor(a, 2, true);
    expect(more.map((r) => r.epoch)).toEqual([4, 5]);
    const straight = await weightsOf(a);
    a.dispose();

    const b = engineWithData();
    const loaded = await b.importFiles(withState.artifacts, withState.meta, withState.optimizer);
    expect(loaded.optimizerState).toBe('restored');
    const resumed = await trainFor(b, 2, true);
    expect(resumed.map((r) => r.epoch)).toEqual([4, 5]);
    expect(resumed.map((r) => r.loss)).toEqual(more.map((r) => r.loss));
    expect(await weightsOf(b)).toEqual(straight);
    b.dispose();

    // Without it, Adam starts its moments afresh: the run differs.
    const c = engineWithData();
    await c.importFiles(withoutState.artifacts, withoutState.meta, null);
    await trainFor(c, 2, true);
    expect(await weightsOf(c)).not.toEqual(straight);
    c.dispose();
  });

  it('ignores optimizer state that does not fit, and says why', async () => {
    const a = engineWithData();
    const history = await trainFor(a, 1, false);
    const upload = await bundleOf(a, metaFor(history), true);
    const b = new Engine();
    const sgd = {
      ...upload.meta!,
      training: { ...training, optimizer: 'sgd' as const, optimizerSettings: {} },
    };
    const loaded = await b.importFiles(upload.artifacts, sgd, upload.optimizer);
    expect(loaded.optimizerState).toBe('ignored');
    expect(loaded.optimizerNote).toBe('it is for adam, and this model trains with sgd.');
    a.dispose();
    b.dispose();
  });
});

describe('models made elsewhere', () => {
  /** The fixture's forward pass in plain JS: relu(x·W1 + b1)·W2 + b2, softmax. */
  function expected(dir: string, x: number, y: number): number[] {
    const w = new Float32Array(new Uint8Array(fixture(dir, 'group1-shard1of1.bin')).buffer);
    const h = Array.from({ length: 8 }, (_, k) =>
      Math.max(0, x * w[k]! + y * w[8 + k]! + w[16 + k]!),
    );
    const logits = [0, 1].map((c) => h.reduce((s, v, k) => s + v * w[24 + k * 2 + c]!, w[40 + c]!));
    const m = Math.max(...logits);
    const e = logits.map((l) => Math.exp(l - m));
    return e.map((v) => v / (e[0]! + e[1]!));
  }

  it('loads weights holding NaN or infinities for inspection, naming them', async () => {
    const w = new Float32Array(
      new Uint8Array(fixture('keras-circle', 'group1-shard1of1.bin')).buffer,
    );
    w[1] = NaN;
    w[16] = -Infinity;
    const r = readUpload([
      asFile('model.json', fixture('keras-circle', 'model.json')),
      asFile('group1-shard1of1.bin', new Uint8Array(w.buffer)),
    ]);
    if (!r.ok) throw new Error(r.error);
    const engine = engineWithData();
    const loaded = await engine.importFiles(r.value.artifacts, null, null);
    expect(loaded.nonFinite).toEqual([
      { name: 'dense/kernel', count: 1, of: 16 },
      { name: 'dense/bias', count: 1, of: 8 },
    ]);
    engine.dispose();
  });

  it.each(['keras-circle', 'keras3-circle'])(
    'loads %s as converted, predicts and evaluates',
    async (dir) => {
      const baseline = tf.memory().numTensors;
      const r = readUpload([
        asFile('model.json', fixture(dir, 'model.json')),
        asFile('group1-shard1of1.bin', fixture(dir, 'group1-shard1of1.bin')),
      ]);
      if (!r.ok) throw new Error(r.error);
      expect(r.value.meta).toBeNull();
      const engine = engineWithData();
      const loaded = await engine.importFiles(r.value.artifacts, null, null);
      expect(loaded.totalParams).toBe(2 * 8 + 8 + 8 * 2 + 2);
      expect(loaded.convertedBy).toBe('TensorFlow.js Converter v4.22.0');
      expect(loaded.inputDims).toEqual([2]);
      const out = Array.from(await engine.predict(new Float32Array([0.1, 0.2, 0.9, -0.3]), [2]));
      const want = [...expected(dir, 0.1, 0.2), ...expected(dir, 0.9, -0.3)];
      out.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 6));
      expect(out[0]).toBeGreaterThan(0.9); // inside the circle
      expect(out[3]).toBeGreaterThan(0.9); // outside

      const ev = await engine.evaluate(KEY);
      expect(ev.metricName).toBe('accuracy');
      expect(ev.splits.map((s) => s.n)).toEqual([120, 40, 40]);
      for (const s of ev.splits) expect(s.metric).toBeGreaterThan(0.95);
      expect(ev.note).toBeNull();
      engine.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    },
  );

  it('loads a model saved by plain tfjs code, optimizer weights and all', async () => {
    // As an app would: default layer names, compiled, trained a step, saved with includeOptimizer.
    const plain = tfl.sequential({
      layers: [
        tfl.layers.dense({ inputShape: [2], units: 3, activation: 'relu' }),
        tfl.layers.dense({ units: 2, activation: 'softmax' }),
      ],
    });
    plain.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
    const [x, y] = [
      tf.tensor2d([
        [0, 1],
        [1, 0],
      ]),
      tf.tensor2d([
        [1, 0],
        [0, 1],
      ]),
    ];
    await plain.fit(x, y, { epochs: 1 });
    let saved: tf.io.ModelArtifacts | null = null;
    await plain.save(
      tf.io.withSaveHandler(async (a) => {
        saved = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
      { includeOptimizer: true },
    );
    const a = saved as unknown as tf.io.ModelArtifacts;
    expect(a.weightSpecs!.some((w) => w.group === 'optimizer')).toBe(true);
    // What tf.io.browserDownloads writes: model.json + model.weights.bin.
    const json = JSON.stringify({
      format: a.format,
      generatedBy: a.generatedBy,
      convertedBy: null,
      modelTopology: a.modelTopology,
      trainingConfig: a.trainingConfig,
      weightsManifest: [{ paths: ['./model.weights.bin'], weights: a.weightSpecs }],
    });
    const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(a.weightData!));
    const r = readUpload([asFile('model.json', json), asFile('model.weights.bin', weights)]);
    if (!r.ok) throw new Error(r.error);
    const engine = new Engine();
    const loaded = await engine.importFiles(r.value.artifacts, null, null);
    expect(loaded.generatedBy).toMatch(/^TensorFlow.js tfjs-layers v4\.22\.0$/);
    const want = tf.tidy(() => plain.predict(tf.tensor2d(probe, [3, 2])) as tf.Tensor);
    expect(Array.from(await engine.predict(probe, [2]))).toEqual(Array.from(await want.data()));
    tf.dispose([want, x, y]);
    plain.dispose();
    engine.dispose();
  });

  it('refuses to evaluate on data of another shape, naming both', async () => {
    const r = readUpload([
      asFile('model.json', fixture('keras-circle', 'model.json')),
      asFile('group1-shard1of1.bin', fixture('keras-circle', 'group1-shard1of1.bin')),
    ]);
    if (!r.ok) throw new Error(r.error);
    const engine = new Engine();
    const ds = buildDataset(circle);
    const widen = (p: typeof ds.train) => ({ ...p, x: new Float32Array(p.n * 3) });
    engine.setDataset('three', {
      ...ds,
      inputShape: [3],
      featureNames: ['a', 'b', 'c'],
      train: widen(ds.train),
      validation: widen(ds.validation),
      test: widen(ds.test),
    });
    await engine.importFiles(r.value.artifacts, null, null);
    await expect(engine.evaluate('three')).rejects.toThrow(
      'This model takes inputs of shape [batch, 2]; the data has [batch, 3].',
    );
    engine.dispose();
  });
});

describe('bad uploads', () => {
  const keras = JSON.parse(fixture('keras-circle', 'model.json').toString('utf8'));
  const bin = fixture('keras-circle', 'group1-shard1of1.bin');
  const edit = (f: (m: typeof keras) => void) => {
    const m = structuredClone(keras);
    f(m);
    return JSON.stringify(m);
  };

  it.each([
    [
      'an unknown layer class',
      edit((m) => (m.modelTopology.model_config.config.layers[2].class_name = 'Wobble')),
      'Layer "dense_1" is of class "Wobble", which TensorFlow.js 4.22.0 cannot build.',
    ],
    [
      'an unknown activation in a later layer',
      edit((m) => (m.modelTopology.model_config.config.layers[2].config.activation = 'zigzag')),
      'The model uses the activation "zigzag", which TensorFlow.js 4.22.0 does not know.',
    ],
    [
      'a weight stored as int32',
      edit((m) => (m.weightsManifest[0].weights[0].dtype = 'int32')),
      'The weights do not fit the model: Weight "dense/kernel" is stored as int32; the layer needs float32.',
    ],
    [
      'swapped shapes',
      edit((m) => {
        const [k, b] = [m.weightsManifest[0].weights[0], m.weightsManifest[0].weights[2]];
        [k.shape, b.shape] = [b.shape, k.shape];
      }),
      'The weights do not fit the model: Weight "dense/kernel" has shape [8, 2] in model.json; the layer needs [2, 8].',
    ],
    [
      'a renamed weight',
      edit((m) => (m.weightsManifest[0].weights[3].name = 'nope/bias')),
      `The weights do not fit the model: model.json's weights manifest has "nope/bias", which no layer of the model uses.`,
    ],
  ])('refuses %s, leaking nothing', async (_label, json, message) => {
    const engine = new Engine();
    const baseline = tf.memory().numTensors;
    const r = readUpload([asFile('model.json', json), asFile('group1-shard1of1.bin', bin)]);
    if (!r.ok) throw new Error(r.error);
    const err = await engine.importFiles(r.value.artifacts, null, null).then(
      () => null,
      (e: Error) => e.message,
    );
    if (typeof message === 'string') expect(err).toBe(message);
    else expect(err).toMatch(message);
    expect(tf.memory().numTensors).toBe(baseline);
    engine.dispose();
  });
});
