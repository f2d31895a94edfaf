import { word } from '../i18n/words';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import type { DatasetSpec } from '../core/data/dataset-spec';
import { checkModelFiles } from '../core/io/model-files';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec, NetworkSpec } from '../core/model/network-spec';
import { initBackend } from './backend';
import { Engine } from './engine';
import { denseLayer, SMALL_MLP, smallRunConfig, XOR_SPEC } from './test-fixtures';
import type { EngineEvent, TrainRequest } from '../worker/protocol';

const xor = XOR_SPEC;
const dense = denseLayer;
const mlp = SMALL_MLP;
const config = smallRunConfig(20);
const probe = new Float32Array([0.5, 0.5, -0.5, 0.5, 0.2, -0.9]);
const settle = () => new Promise((r) => setTimeout(r, 80));
type Ended = Extract<EngineEvent, { type: 'ended' }>;

/** Collect what `engine` reports. */
function listen(engine: Engine): EngineEvent[] {
  const events: EngineEvent[] = [];
  engine.setListener((batch) => events.push(...batch));
  return events;
}

/** The run's end as reported, once, by its `ended` event. */
function endOf(events: EngineEvent[]): Ended {
  const ended = events.filter((e): e is Ended => e.type === 'ended');
  expect(ended).toHaveLength(1);
  return ended[0] as Ended;
}

/** A fresh engine holding `spec`'s data. */
function engineWith(spec: DatasetSpec = xor): Engine {
  const engine = new Engine();
  engine.setDataset(JSON.stringify(spec), buildDataset(spec));
  return engine;
}

function req(over: Partial<TrainRequest> = {}): TrainRequest {
  const dataset = over.dataset ?? xor;
  return {
    dataset,
    datasetKey: JSON.stringify(dataset),
    network: mlp,
    training: config,
    continue: false,
    ...over,
  };
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('Engine', () => {
  it('training lowers the loss on XOR, streams epochs and leaks nothing', async () => {
    const baseline = tf.memory().numTensors;
    const engine = engineWith();
    const events = listen(engine);
    await engine.train(req());
    expect(endOf(events).outcome).toBe('done');
    await settle();
    const epochs = events.flatMap((e) => (e.type === 'epoch' ? [e.record] : []));
    expect(epochs.map((r) => r.epoch)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(epochs.at(-1)!.loss).toBeLessThan(epochs[0]!.loss * 0.7);
    expect(epochs.at(-1)!.valAcc).toBeGreaterThan(0.8);
    expect(events.at(-1)).toEqual({ type: 'ended', outcome: 'done', message: null });
    events.length = 0;

    // Continuing keeps numbering and does not grow memory epoch over epoch.
    const before = tf.memory().numTensors;
    await engine.train(req({ training: { ...config, epochs: 3 }, continue: true }));
    expect(tf.memory().numTensors).toBe(before);
    await settle();
    expect(events.filter((e) => e.type === 'epoch').at(-1)).toMatchObject({
      record: { epoch: 23 },
    });

    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('refuses to train on data it was not given', async () => {
    const engine = engineWith();
    await expect(engine.train(req({ datasetKey: 'other' }))).rejects.toThrow(
      /does not hold the data/,
    );
    engine.dispose();
  });

  it('is reproducible for a seed', async () => {
    const run = async () => {
      const engine = engineWith();
      await engine.train(req({ training: { ...config, epochs: 3 } }));
      const out = await engine.predict(probe, [2]);
      engine.dispose();
      return Array.from(out);
    };
    expect(await run()).toEqual(await run());
  });

  it('detects a diverging loss', async () => {
    // XOR cannot be fitted by a linear model, so the error (and the
    // gradient) never vanishes and the weights blow up.
    const noisy = { ...xor, noise: 0.2 };
    const engine = engineWith(noisy);
    const events = listen(engine);
    await engine.train(
      req({
        dataset: noisy,
        network: {
          layers: [dense('a', 16, 'linear'), dense('b', 16, 'linear')],
          binaryHead: 'softmax',
        },
        training: {
          ...config,
          optimizer: 'sgd',
          optimizerSettings: {},
          learningRate: 100,
          epochs: 30,
        },
      }),
    );
    const result = endOf(events);
    expect(result.outcome).toBe('diverged');
    expect(result.message && word(result.message)).toMatch(
      /learning rate \(100\) is probably too high/,
    );
    engine.dispose();
  });

  it('starts with a learning rate set while the run was still choosing its backend', async () => {
    const engine = engineWith();
    const events = listen(engine);
    const running = engine.train(req({ backend: 'cpu', training: { ...config, epochs: 1 } }));
    engine.setLearningRate(0.2);
    await running;
    const rates = events.flatMap((e) =>
      e.type === 'batches' ? e.records.map((r) => r.learningRate) : [],
    );
    expect(rates.length).toBeGreaterThan(0);
    expect(new Set(rates)).toEqual(new Set([0.2]));
    engine.dispose();
  });

  it('stops and pauses on request', async () => {
    const engine = engineWith();
    const events = listen(engine);
    const running = engine.train(req({ training: { ...config, epochs: 500 } }));
    // A few batches in, so that the progress throttle has held some back.
    await vi.waitFor(
      () => expect(events.filter((e) => e.type === 'batches').length).toBeGreaterThan(2),
      { timeout: 10_000 },
    );
    engine.pause();
    // The pause lands at the end of the batch in progress: on a loaded machine that takes a while.
    await vi.waitFor(
      () => expect(events.some((e) => e.type === 'state' && e.state === 'paused')).toBe(true),
      { timeout: 10_000 },
    );
    // The last progress before the pause names the batch it paused after, whatever the throttle held back.
    const pausedAt = events.findIndex((e) => e.type === 'state' && e.state === 'paused');
    const before = events.slice(0, pausedAt);
    const last = before.findLast((e) => e.type === 'progress');
    const steps = before.flatMap((e) => (e.type === 'batches' ? e.records : [])).length;
    expect(last?.type === 'progress' && last.progress).toMatchObject({
      batch: ((steps - 1) % (last?.type === 'progress' ? last.progress.batchesPerEpoch : 1)) + 1,
    });
    engine.resume();
    engine.stop();
    await running;
    expect(endOf(events)).toEqual({ type: 'ended', outcome: 'stopped', message: null });
    engine.dispose();
  });

  it('answers the page asking it to give way: at once with no run, once it holds in one', async () => {
    const engine = engineWith();
    await expect(engine.giveWay(50)).resolves.toBeUndefined();
    const events = listen(engine);
    const running = engine.train(req({ training: { ...config, epochs: 500 } }));
    await vi.waitFor(
      () => expect(events.filter((e) => e.type === 'batches').length).toBeGreaterThan(2),
      { timeout: 10_000 },
    );
    let answered = false;
    void engine.giveWay(50).then(() => (answered = true));
    await vi.waitFor(() => expect(answered).toBe(true), { timeout: 10_000 });
    engine.stop();
    await running;
    expect(endOf(events).outcome).toBe('stopped');
    engine.dispose();
  });

  it('trains a CNN on image-shaped data and leaks nothing', async () => {
    // Bright-left vs bright-right 6×6 images.
    const part = (n: number, seed: number) => {
      const x = new Float32Array(n * 36);
      const y = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        y[i] = (i + seed) % 2;
        for (let p = 0; p < 36; p++) x[i * 36 + p] = p % 6 < 3 === (y[i] === 0) ? 0.9 : 0.1;
      }
      return { x, y, n };
    };
    const images = {
      inputShape: [6, 6, 1],
      featureNames: [],
      task: { kind: 'classification' as const, classNames: ['left', 'right'] },
      train: part(32, 0),
      validation: part(8, 1),
      test: part(8, 0),
    };
    const baseline = tf.memory().numTensors;
    const engine = new Engine();
    engine.setDataset('images', images);
    const cnn: NetworkSpec = {
      layers: [
        { ...defaultLayer('conv2d', 'c'), filters: 2 } as LayerSpec,
        defaultLayer('maxPool2d', 'p'),
        defaultLayer('flatten', 'f'),
      ],
      binaryHead: 'softmax',
    };
    const events = listen(engine);
    await engine.train(
      req({ datasetKey: 'images', network: cnn, training: { ...config, epochs: 3, batchSize: 8 } }),
    );
    expect(endOf(events).outcome).toBe('done');
    expect((await engine.predict(images.test.x, [6, 6, 1])).length).toBe(16);
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('trains a sigmoid head and predicts with the input shape', async () => {
    const engine = engineWith();
    const events = listen(engine);
    await engine.train(
      req({ network: { ...mlp, binaryHead: 'sigmoid' }, training: { ...config, epochs: 2 } }),
    );
    expect(endOf(events).outcome).toBe('done');
    expect((await engine.predict(probe, [2])).length).toBe(3);
    await expect(engine.predict(probe, [3])).rejects.toThrow(/takes inputs of shape \[2\]/);
    engine.dispose();
  });

  it('round-trips through exported files with identical predictions', async () => {
    const baseline = tf.memory().numTensors;
    const engine = engineWith();
    await engine.train(req({ training: { ...config, epochs: 2 } }));
    const before = await engine.predict(probe, [2]);
    const files = await engine.exportFiles(null);
    const checked = checkModelFiles(files.modelJson, [
      { name: 'weights.bin', bytes: files.weights },
    ]);
    if (!checked.ok) throw new Error(checked.error);
    engine.reset();
    const loaded = await engine.importFiles(checked.value, null);
    expect(loaded.totalParams).toBe(2 * 8 + 8 + 8 * 6 + 6 + 6 * 2 + 2);
    expect(loaded.layers.map((l) => l.name)).toEqual(['dense_1', 'dense_2', 'output', 'softmax']);
    expect(Array.from(await engine.predict(probe, [2]))).toEqual(Array.from(before));
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('refuses weights that do not fit and leaks nothing', async () => {
    const engine = engineWith();
    await engine.train(req({ training: { ...config, epochs: 1 } }));
    const files = await engine.exportFiles(null);
    engine.reset();
    const baseline = tf.memory().numTensors;
    const checked = checkModelFiles(files.modelJson, [
      { name: 'weights.bin', bytes: files.weights },
    ]);
    if (!checked.ok) throw new Error(checked.error);
    const renamed = {
      ...checked.value,
      weightSpecs: checked.value.weightSpecs.map((w, i) =>
        i === 0 ? { ...w, name: 'nope/kernel' } : w,
      ),
    };
    await expect(engine.importFiles(renamed, null)).rejects.toThrow(/weights do not fit/);
    expect(tf.memory().numTensors).toBe(baseline);
    const unknownLayer = {
      ...checked.value,
      modelTopology: JSON.parse(
        JSON.stringify(checked.value.modelTopology).replace(/"Dense"/g, '"Wobble"'),
      ),
    };
    await expect(engine.importFiles(unknownLayer, null)).rejects.toThrow(/Wobble/);
    expect(tf.memory().numTensors).toBe(baseline);
    engine.dispose();
  });
});
