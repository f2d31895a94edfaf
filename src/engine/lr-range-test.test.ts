import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import { DEFAULT_LR_RANGE, describeStop } from '../core/train/lr-range';
import type { EngineEvent, LrRangeRequest, LrRangeResult, TrainRequest } from '../worker/protocol';
import { initBackend } from './backend';
import { Engine } from './engine';
import { SMALL_MLP, smallRunConfig, XOR_SPEC } from './test-fixtures';

const key = JSON.stringify(XOR_SPEC);
const config = smallRunConfig(3);

const trainReq = (over: Partial<TrainRequest> = {}): TrainRequest => ({
  datasetKey: key,
  dataset: XOR_SPEC,
  network: SMALL_MLP,
  training: config,
  continue: false,
  ...over,
});

const rangeReq = (over: Partial<LrRangeRequest> = {}): LrRangeRequest => ({
  datasetKey: key,
  dataset: XOR_SPEC,
  network: SMALL_MLP,
  training: config,
  range: DEFAULT_LR_RANGE,
  ...over,
});

function engineWithData(): { engine: Engine; events: EngineEvent[] } {
  const engine = new Engine();
  engine.setDataset(key, buildDataset(XOR_SPEC));
  const events: EngineEvent[] = [];
  engine.setListener((batch) => events.push(...batch));
  return { engine, events };
}

async function find(engine: Engine, req = rangeReq()): Promise<LrRangeResult> {
  const outcome = await engine.findLearningRate(req);
  if (outcome.kind !== 'done') throw new Error('the test was cancelled');
  return outcome.result;
}

/** The model's weights and optimizer state, as bytes. */
async function modelBytes(engine: Engine): Promise<Uint8Array[]> {
  const files = await engine.exportFiles(null, true);
  return [
    new Uint8Array(files.weights),
    new Uint8Array(files.optimizer?.bin ?? new ArrayBuffer(0)),
  ];
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('the learning-rate range test', () => {
  it('leaves the trained model, its optimizer state and the tensor count as they were', async () => {
    const { engine } = engineWithData();
    await engine.train(trainReq());
    const before = await modelBytes(engine);
    expect(before[1]?.length).toBeGreaterThan(0);
    const baseline = tf.memory().numTensors;
    const result = await find(engine);
    expect(tf.memory().numTensors).toBe(baseline);
    expect(result.startedFrom).toBe('trained');
    const after = await modelBytes(engine);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    // It did start from the trained weights: its first loss is below a fresh model's.
    engine.reset();
    const fresh = await find(engine);
    expect(fresh.startedFrom).toBe('fresh');
    expect(result.losses[0]).toBeLessThan(fresh.losses[0] as number);
    engine.dispose();
  });

  it('says so when the very first batch gives no finite loss', async () => {
    const engine = new Engine();
    const data = buildDataset(XOR_SPEC);
    data.train.x.fill(NaN);
    engine.setDataset(key, data);
    const baseline = tf.memory().numTensors;
    await expect(engine.findLearningRate(rangeReq())).rejects.toThrow(
      'The loss was not a finite number on the very first batch (at rate 1e-6): check the data and the network, or start the range lower.',
    );
    expect(tf.memory().numTensors).toBe(baseline);
    engine.dispose();
  });

  it('gives an increasing rate per batch, finite losses, a stop line and a suggestion in range', async () => {
    const { engine, events } = engineWithData();
    const baseline = tf.memory().numTensors;
    const result = await find(engine);
    expect(tf.memory().numTensors).toBe(baseline);
    expect(result.startedFrom).toBe('fresh');
    const n = result.rates.length;
    expect(n).toBeGreaterThan(20);
    expect(result.losses).toHaveLength(n);
    expect(result.smoothed).toHaveLength(n);
    expect(result.rates[0]).toBeCloseTo(1e-6, 12);
    for (let i = 1; i < n; i++)
      expect(result.rates[i]).toBeGreaterThan(result.rates[i - 1] as number);
    expect(result.losses.every(Number.isFinite)).toBe(true);
    // Adam's steps are bounded by the rate: XOR's loss falls and stays below 4× its lowest.
    expect(result.stop).toBe('end');
    expect(result.stopRate).toBe(result.rates.at(-1));
    expect(describeStop(result.stop, n, result.stopRate)).toBe('Ran all 100 batches, up to 10.');
    expect(result.suggestion.kind).toBe('steepest');
    // Adam at 0.05 learns XOR (test-fixtures.ts); its curve falls fastest a little below that.
    expect(result.suggestion.rate).toBeGreaterThan(1e-3);
    expect(result.suggestion.rate).toBeLessThan(0.2);
    await new Promise((r) => setTimeout(r, 80)); // events go out in batches every 50 ms
    const progress = events.filter((e) => e.type === 'lr-range');
    expect(progress.at(-1)).toEqual({
      type: 'lr-range',
      progress: { batch: n, batches: 100, rate: result.rates.at(-1) },
    });
    // The run's events are not the test's: nothing reports epochs or a run's life.
    expect(events.filter((e) => e.type !== 'lr-range')).toEqual([]);
    engine.dispose();
  });

  it('stops where plain SGD blows up', async () => {
    const { engine } = engineWithData();
    const sgd = { ...config, optimizer: 'sgd' as const, optimizerSettings: {} };
    const range = { ...DEFAULT_LR_RANGE, endLr: 100 };
    const result = await find(engine, rangeReq({ training: sgd, range }));
    expect(['rose', 'not-finite']).toContain(result.stop);
    expect(result.rates.length).toBeLessThan(100);
    expect(describeStop(result.stop, result.rates.length, result.stopRate)).toMatch(
      /^Stopped after \d+ batches at [\d.e-]+: the loss /,
    );
    // Plain SGD on XOR falls between about 0.1 and 3.
    expect(result.suggestion.kind).toBe('steepest');
    expect(result.suggestion.rate).toBeGreaterThan(0.05);
    expect(result.suggestion.rate).toBeLessThan(5);
    engine.dispose();
  });

  it('repeats exactly with the same seed, and differs with another', async () => {
    const { engine } = engineWithData();
    const a = await find(engine);
    const b = await find(engine);
    const c = await find(engine, rangeReq({ training: { ...config, seed: 2 } }));
    expect(b.losses).toEqual(a.losses);
    expect(c.losses).not.toEqual(a.losses);
    engine.dispose();
  });

  it('is refused while a run is going, and training is refused while it runs', async () => {
    const { engine } = engineWithData();
    const run = engine.train(trainReq({ training: smallRunConfig(200) }));
    await expect(engine.findLearningRate(rangeReq())).rejects.toThrow(
      'Stop training before finding a learning rate.',
    );
    engine.stop();
    await run;
    const test = engine.findLearningRate(rangeReq());
    await expect(engine.train(trainReq())).rejects.toThrow(
      'Wait for the learning-rate test to finish (or cancel it) before training.',
    );
    await expect(engine.findLearningRate(rangeReq())).rejects.toThrow(
      'The learning-rate test is already running.',
    );
    expect(() => engine.setDataset('other', buildDataset(XOR_SPEC))).toThrow(
      'Stop training or the learning-rate test before changing the data.',
    );
    expect((await test).kind).toBe('done');
    engine.dispose();
  });

  it('cancels, resolving as cancelled with nothing left behind', async () => {
    const { engine } = engineWithData();
    const baseline = tf.memory().numTensors;
    const test = engine.findLearningRate(rangeReq({ range: { ...DEFAULT_LR_RANGE, steps: 500 } }));
    engine.cancelLearningRateTest();
    expect(await test).toEqual({ kind: 'cancelled' });
    expect(tf.memory().numTensors).toBe(baseline);
    // And the engine takes another test after it.
    expect((await find(engine)).rates.length).toBeGreaterThan(0);
    engine.dispose();
  });

  it('says what is wrong with a request it cannot run', async () => {
    const { engine } = engineWithData();
    await expect(engine.findLearningRate(rangeReq({ datasetKey: 'other' }))).rejects.toThrow(
      'The data is not loaded in the engine yet; wait for it and try again.',
    );
    await expect(
      engine.findLearningRate(rangeReq({ range: { startLr: 1, endLr: 2, steps: 100 } })),
    ).rejects.toThrow('The end rate must be at least 10 times the start rate.');
    engine.dispose();
  });
});
