import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetSpec } from '../core/data/dataset-spec';
import { checkModelFiles } from '../core/io/model-files';
import { summarize, type NetworkSpec } from '../core/model/network-spec';
import type { TrainingConfig } from '../core/train/training-config';
import { initBackend } from './backend';
import { buildModel } from './build-model';
import { Engine } from './engine';
import type { EngineEvent } from './protocol';

const xor: DatasetSpec = {
  kind: 'xor',
  samples: 200,
  noise: 0,
  seed: 3,
  split: { train: 70, validation: 15 },
};
const mlp: NetworkSpec = {
  hidden: [
    { id: 'a', kind: 'dense', units: 8, activation: 'tanh' },
    { id: 'b', kind: 'dense', units: 6, activation: 'relu' },
  ],
};
const config: TrainingConfig = {
  optimizer: 'adam',
  learningRate: 0.05,
  batchSize: 16,
  epochs: 20,
  seed: 1,
};
const probe = new Float32Array([0.5, 0.5, -0.5, 0.5, 0.2, -0.9]);

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('buildModel', () => {
  it.each([
    [[], 2],
    [[4], 2],
    [[16, 8, 4], 3],
  ])('hidden %j, %i classes matches tfjs shapes and counts', (units, classes) => {
    const spec: NetworkSpec = {
      hidden: units.map((u, i) => ({ id: `${i}`, kind: 'dense', units: u, activation: 'relu' })),
    };
    const summary = summarize(spec, { numFeatures: 2, numClasses: classes });
    const model = buildModel(spec, { numFeatures: 2, numClasses: classes }, 1);
    expect(model.countParams()).toBe(summary.totalParams);
    expect(model.layers.map((l) => l.outputShape)).toEqual(
      summary.layers.map((l) => l.outputShape),
    );
    expect(model.layers.map((l) => l.countParams())).toEqual(summary.layers.map((l) => l.params));
    expect(model.layers.map((l) => l.name)).toEqual(summary.layers.map((l) => l.name));
    model.dispose();
  });
});

describe('Engine', () => {
  it('training lowers the loss on XOR, streams epochs and leaks nothing', async () => {
    const baseline = tf.memory().numTensors;
    const engine = new Engine();
    const events: EngineEvent[] = [];
    engine.setListener((batch) => events.push(...batch));
    const result = await engine.train({
      dataset: xor,
      network: mlp,
      training: config,
      continue: false,
    });
    expect(result.outcome).toBe('done');
    await new Promise((r) => setTimeout(r, 80));
    const epochs = events.flatMap((e) => (e.type === 'epoch' ? [e.record] : []));
    expect(epochs.map((r) => r.epoch)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(epochs.at(-1)!.loss).toBeLessThan(epochs[0]!.loss * 0.7);
    expect(epochs.at(-1)!.valAcc).toBeGreaterThan(0.8);
    expect(events.at(-1)).toEqual({ type: 'state', state: 'done', message: null });

    // Continuing keeps numbering and does not grow memory epoch over epoch.
    const before = tf.memory().numTensors;
    await engine.train({
      dataset: xor,
      network: mlp,
      training: { ...config, epochs: 3 },
      continue: true,
    });
    expect(tf.memory().numTensors).toBe(before);
    await new Promise((r) => setTimeout(r, 80));
    expect(events.filter((e) => e.type === 'epoch').at(-1)).toMatchObject({
      record: { epoch: 23 },
    });

    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('is reproducible for a seed', async () => {
    const run = async () => {
      const engine = new Engine();
      await engine.train({
        dataset: xor,
        network: mlp,
        training: { ...config, epochs: 3 },
        continue: false,
      });
      const out = await engine.predict(probe);
      engine.dispose();
      return Array.from(out);
    };
    expect(await run()).toEqual(await run());
  });

  it('detects a diverging loss', async () => {
    const engine = new Engine();
    const result = await engine.train({
      // XOR cannot be fitted by a linear model, so the error (and the
      // gradient) never vanishes and the weights blow up.
      dataset: { ...xor, noise: 0.2 },
      network: {
        hidden: [
          { id: 'a', kind: 'dense', units: 16, activation: 'linear' },
          { id: 'b', kind: 'dense', units: 16, activation: 'linear' },
        ],
      },
      training: { ...config, optimizer: 'sgd', learningRate: 100, epochs: 30 },
      continue: false,
    });
    expect(result.outcome).toBe('diverged');
    expect(result.message).toMatch(/learning rate \(100\) is probably too high/);
    engine.dispose();
  });

  it('stops and pauses on request', async () => {
    const engine = new Engine();
    const events: EngineEvent[] = [];
    engine.setListener((b) => events.push(...b));
    const running = engine.train({
      dataset: xor,
      network: mlp,
      training: { ...config, epochs: 500 },
      continue: false,
    });
    engine.pause();
    await new Promise((r) => setTimeout(r, 50));
    expect(events.some((e) => e.type === 'state' && e.state === 'paused')).toBe(true);
    engine.resume();
    engine.stop();
    expect((await running).outcome).toBe('stopped');
    engine.dispose();
  });

  it('round-trips through exported files with identical predictions', async () => {
    const baseline = tf.memory().numTensors;
    const engine = new Engine();
    await engine.train({
      dataset: xor,
      network: mlp,
      training: { ...config, epochs: 2 },
      continue: false,
    });
    const before = await engine.predict(probe);
    const files = await engine.exportFiles(null);
    const checked = checkModelFiles(files.modelJson, [
      { name: 'weights.bin', bytes: files.weights },
    ]);
    if (!checked.ok) throw new Error(checked.error);
    engine.reset();
    const loaded = await engine.importFiles(checked.value, null);
    expect(loaded.totalParams).toBe(2 * 8 + 8 + 8 * 6 + 6 + 6 * 2 + 2);
    expect(loaded.layers.map((l) => l.name)).toEqual(['dense_1', 'dense_2', 'output', 'softmax']);
    expect(Array.from(await engine.predict(probe))).toEqual(Array.from(before));
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('refuses weights that do not fit and leaks nothing', async () => {
    const engine = new Engine();
    await engine.train({
      dataset: xor,
      network: mlp,
      training: { ...config, epochs: 1 },
      continue: false,
    });
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
