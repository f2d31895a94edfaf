import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import type { DatasetSpec } from '../core/data/dataset-spec';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerKind, LayerSpec } from '../core/model/layer-spec';
import type { NetworkSpec } from '../core/model/network-spec';
import { DEFAULT_TRAINING } from '../core/train/training-config';
import { initBackend } from './backend';
import { buildModel } from './build-model';
import { Engine } from './engine';
import type { EngineEvent, WeightSummary } from '../worker/protocol';
import { WeightFeed } from './weight-feed';
import { captureWeights, firstConvFilters, summarizeWeights } from './weight-stats';

let n = 0;
const L = (kind: LayerKind, settings: Record<string, unknown> = {}): LayerSpec =>
  ({ ...defaultLayer(kind, `l${n++}`), ...settings }) as LayerSpec;
const classes = (k: number) => ({
  kind: 'classification' as const,
  classNames: Array.from({ length: k }, (_, i) => `c${i}`),
});
const build = (layers: LayerSpec[], inputShape: number[], k = 2) =>
  buildModel({ layers, binaryHead: 'softmax' }, { inputShape, task: classes(k) }, 1);

beforeAll(async () => {
  await initBackend('cpu');
});

describe('summarizeWeights', () => {
  it('summarises every trainable layer with one histogram per weight tensor, leaking nothing', async () => {
    const model = build(
      [
        L('dense', { units: 8 }),
        L('dropout', { rate: 0.2 }),
        L('batchNorm'),
        L('dense', { units: 3, useBias: false }),
      ],
      [2],
    );
    const baseline = tf.memory().numTensors;
    const s = await summarizeWeights(model, 4);
    expect(tf.memory().numTensors).toBe(baseline);
    expect(s.epoch).toBe(4);
    expect(s.filters).toBeNull();
    expect(s.note).toBeNull();
    // dense 2·8+8, batch norm gamma+beta 16 (moving stats are not trainable), dense 8·3, output 3·2+2
    expect(s.totalParams).toBe(24 + 16 + 24 + 8);
    expect(s.layers.map((l) => [l.className, l.params, l.weights.map((w) => w.role)])).toEqual([
      ['Dense', 24, ['kernel', 'bias']],
      ['BatchNormalization', 16, ['gamma', 'beta']],
      ['Dense', 24, ['kernel']],
      ['Dense', 8, ['kernel', 'bias']],
    ]);
    const kernel = s.layers[0]!.weights[0]!;
    expect(kernel.shape).toEqual([2, 8]);
    expect(kernel.count).toBe(16);
    expect(kernel.stride).toBe(1);
    expect(kernel.histogram.n).toBe(16);
    expect(kernel.histogram.counts.reduce((a, b) => a + b, 0)).toBe(16);
    // The histogram matches the live kernel.
    const live = Array.from(model.layers[0]!.getWeights()[0]!.dataSync());
    expect(kernel.histogram.min).toBeCloseTo(Math.min(...live), 6);
    expect(kernel.histogram.max).toBeCloseTo(Math.max(...live), 6);
    // Biases start at zero: all in one bin; gamma starts at one.
    const bias = s.layers[0]!.weights[1]!.histogram;
    expect([bias.min, bias.max, bias.std]).toEqual([0, 0, 0]);
    expect(s.layers[1]!.weights[0]!.histogram.mean).toBe(1);
    model.dispose();
  });

  it("reads the first Conv2D layer's filters in [kh, kw, in, out] layout", async () => {
    const model = build(
      [
        L('conv2d', { filters: 4, kernelSize: 3 }),
        L('conv2d', { filters: 2, kernelSize: 2 }),
        L('flatten'),
      ],
      [8, 8, 2],
    );
    const baseline = tf.memory().numTensors;
    const s = await summarizeWeights(model, 0);
    const direct = await firstConvFilters(model);
    expect(tf.memory().numTensors).toBe(baseline);
    const kernel = model.layers[0]!.getWeights()[0]!;
    expect(kernel.shape).toEqual([3, 3, 2, 4]);
    const want = Array.from(kernel.dataSync());
    for (const f of [s.filters, direct]) {
      expect(f).toMatchObject({
        kh: 3,
        kw: 3,
        inChannels: 2,
        outChannels: 4,
        layer: model.layers[0]!.name,
      });
      expect(Array.from(f!.values)).toEqual(want);
    }
    expect(s.layers[0]!.weights[0]!.shape).toEqual([3, 3, 2, 4]);
    model.dispose();
  });

  it('gives no filters when the first weighted layer is not a Conv2D', async () => {
    const model = build([L('flatten'), L('dense', { units: 4 })], [4, 4, 1]);
    expect(await firstConvFilters(model)).toBeNull();
    expect((await summarizeWeights(model, 0)).filters).toBeNull();
    model.dispose();
  });

  it('samples large tensors of models over a million parameters, and says so', async () => {
    const model = build([L('dense', { units: 1100 })], [1000]); // 1,101,100 + 2,202 parameters
    const baseline = tf.memory().numTensors;
    const s = await summarizeWeights(model, 1);
    expect(tf.memory().numTensors).toBe(baseline);
    const [kernel, bias] = s.layers[0]!.weights;
    expect(kernel!.stride).toBe(2);
    expect(kernel!.histogram.n).toBe(550_000);
    expect(bias!.stride).toBe(1);
    expect(bias!.histogram.n).toBe(1100);
    expect(s.note).toMatch(/1,103,302 parameters: .* use one value in 2\./);
    model.dispose();
  });
});

describe('WeightFeed', () => {
  it('keeps one read in flight, replaces a waiting capture with a newer one, and drains to the last', async () => {
    const model = build([L('dense', { units: 4 })], [2]);
    const baseline = tf.memory().numTensors;
    const got: WeightSummary[] = [];
    const feed = new WeightFeed((s) => got.push(s));
    for (let e = 1; e <= 5; e++) feed.capture(model, e);
    await feed.drain();
    // 1 was being read; 2..4 were each replaced by the next; 5 is read last.
    expect(got.map((s) => s.epoch)).toEqual([1, 5]);
    expect(tf.memory().numTensors).toBe(baseline);
    // The copy is taken at capture time: later changes do not leak into it.
    feed.capture(model, 6);
    const before = got.length;
    const w = model.getWeights();
    model.setWeights(w.map((t) => tf.zerosLike(t)));
    await feed.drain();
    expect(got.length).toBe(before + 1);
    expect(got.at(-1)!.layers[0]!.weights[0]!.histogram.std).toBeGreaterThan(0);
    model.dispose();
  });

  it('disposes a capture that is never read', () => {
    const model = build([L('dense', { units: 4 })], [2]);
    const baseline = tf.memory().numTensors;
    const c = captureWeights(model, 1);
    expect(tf.memory().numTensors).toBe(baseline + 1);
    c.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    model.dispose();
  });
});

describe('Engine weight events', () => {
  const spec: DatasetSpec = {
    kind: 'xor',
    samples: 100,
    noise: 0,
    seed: 3,
    split: { train: 70, validation: 15 },
  };
  const network: NetworkSpec = {
    layers: [L('dense', { units: 5, activation: 'tanh' })],
    binaryHead: 'softmax',
  };

  it('streams the initial weights and always the final epoch, and summarises on demand', async () => {
    const baseline = tf.memory().numTensors;
    const engine = new Engine();
    engine.setDataset('xor', buildDataset(spec));
    await expect(engine.weightSummary()).rejects.toThrow(
      'There is no trained or loaded model yet.',
    );
    const events: EngineEvent[] = [];
    engine.setListener((batch) => events.push(...batch));
    const training = { ...DEFAULT_TRAINING, epochs: 6, batchSize: 16, learningRate: 0.1, seed: 2 };
    await engine.train({ datasetKey: 'xor', dataset: spec, network, training, continue: false });
    await new Promise((r) => setTimeout(r, 80));
    const weights = events.flatMap((e) => (e.type === 'weights' ? [e.summary] : []));
    const epochs = weights.map((s) => s.epoch);
    expect(epochs[0]).toBe(0);
    expect(epochs.at(-1)).toBe(6);
    expect([...epochs].sort((a, b) => a - b)).toEqual(epochs);
    // Weights moved between the initial and the final summary.
    const k0 = weights[0]!.layers[0]!.weights[0]!.histogram;
    const k6 = weights.at(-1)!.layers[0]!.weights[0]!.histogram;
    expect(k6.mean === k0.mean && k6.std === k0.std).toBe(false);
    // The final summary is emitted before the run's end.
    const lastWeights = events.map((e) => e.type).lastIndexOf('weights');
    const done = events.findIndex((e) => e.type === 'ended');
    expect(lastWeights).toBeLessThan(done);
    const now = await engine.weightSummary();
    expect(now.epoch).toBe(6);
    expect(now.layers[0]!.weights[0]!.histogram).toEqual(k6);
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
