/**
 * The loop reads batch losses while training goes on: every batch is still
 * delivered once, in order, before its epoch's record, and a non-finite
 * loss found by a read still out ends the run with the last good weights.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec } from '../core/model/layer-spec';
import type { NetworkSpec } from '../core/model/network-spec';
import type { BatchRecord, EpochRecord } from '../core/train/history';
import { DEFAULT_TRAINING, type TrainingConfig } from '../core/train/training-config';
import { initBackend } from './backend';
import { buildModel } from './build-model';
import { toTensors } from './data-tensors';
import { makeOptimizer } from './optimizers';
import { Trainer, type TrainOutcome } from './trainer';

const dataset = buildDataset({
  kind: 'gaussians',
  samples: 120,
  noise: 0.3,
  seed: 4,
  split: { train: 80, validation: 20 },
});
const network: NetworkSpec = {
  layers: [{ ...defaultLayer('dense', 'h'), units: 8, activation: 'linear' } as LayerSpec],
  binaryHead: 'softmax',
};

interface Run {
  outcome: TrainOutcome;
  /** What each callback saw, in order. */
  log: ({ kind: 'batches'; records: BatchRecord[] } | { kind: 'epoch'; record: EpochRecord })[];
  weightsFinite: boolean;
  tensorsLeft: number;
  gaveWayMs: number;
}

/** `onDelivery`: called with the trainer and the count of deliveries so far, after each. */
async function run(
  config: Partial<TrainingConfig>,
  readEveryMs?: number,
  onDelivery: (t: Trainer, deliveries: number) => void = () => {},
): Promise<Run> {
  const before = tf.memory().numTensors;
  const data = toTensors(dataset);
  const full = { ...DEFAULT_TRAINING, batchSize: 8, epochs: 3, ...config };
  const model = buildModel(network, { inputShape: dataset.inputShape, task: dataset.task }, 1);
  const optimizer = makeOptimizer(full.optimizer, full.learningRate, full.optimizerSettings);
  const log: Run['log'] = [];
  let deliveries = 0;
  const trainer: Trainer = new Trainer({
    model,
    optimizer,
    train: data.train,
    validation: data.validation,
    config: full,
    startEpoch: 0,
    startStep: 0,
    startMs: 0,
    onEpoch: (record) => log.push({ kind: 'epoch', record }),
    onBatches: (records) => {
      log.push({ kind: 'batches', records });
      onDelivery(trainer, ++deliveries);
    },
    onProgress: () => {},
    onPauseChange: () => {},
    ...(readEveryMs !== undefined && { readEveryMs }),
  });
  const outcome = await trainer.run();
  const weights = model.getWeights().map((w) => w.dataSync());
  const weightsFinite = weights.every((w) => w.every(Number.isFinite));
  optimizer.dispose();
  model.dispose();
  data.dispose();
  const tensorsLeft = tf.memory().numTensors - before;
  return { outcome, log, weightsFinite, tensorsLeft, gaveWayMs: trainer.giveWay.spentTotalMs };
}

beforeAll(async () => {
  await initBackend('cpu');
});

describe('Trainer reads', () => {
  it.each([
    ['after every batch', 0],
    ['at the usual interval', undefined],
  ])('delivers every batch once, in order, before its epoch (%s)', async (_, every) => {
    const { outcome, log, tensorsLeft } = await run({}, every);
    expect(outcome.kind).toBe('done');
    const perEpoch = Math.ceil(dataset.train.n / 8);
    let seen = 0;
    for (const entry of log) {
      if (entry.kind === 'batches') {
        for (const r of entry.records) expect(r.step).toBe(++seen);
      } else {
        expect(seen).toBe(entry.record.epoch * perEpoch);
        const mine = log
          .flatMap((x) => (x.kind === 'batches' ? x.records : []))
          .filter((r) => r.epoch === entry.record.epoch);
        const mean = mine.reduce((a, r) => a + r.loss, 0) / mine.length;
        expect(entry.record.loss).toBeCloseTo(mean, 5);
      }
    }
    expect(seen).toBe(3 * perEpoch);
    if (every === 0) expect(log.filter((x) => x.kind === 'batches').length).toBe(seen);
    expect(tensorsLeft).toBe(0);
  });

  it('ends a diverging run from a read still out, keeping the last good weights', async () => {
    const { outcome, log, weightsFinite, tensorsLeft } = await run(
      { optimizer: 'sgd', optimizerSettings: {}, learningRate: 1e6, epochs: 20 },
      0,
    );
    expect(outcome.kind).toBe('diverged');
    expect(weightsFinite).toBe(true);
    const delivered = log.flatMap((x) => (x.kind === 'batches' ? x.records : []));
    expect(delivered.every((r) => Number.isFinite(r.loss))).toBe(true);
    expect(tensorsLeft).toBe(0);
  });
});

describe('Trainer giving way to the page', () => {
  it('holds the loop while the page asks, then trains to the end', async () => {
    const steps = (r: Run) => r.log.flatMap((x) => (x.kind === 'batches' ? x.records : [])).length;
    const perEpoch = Math.ceil(dataset.train.n / 8);
    const quiet = await run({ epochs: 60 }, 0);
    expect(quiet.gaveWayMs).toBe(0);
    const asked = await run({ epochs: 60 }, 0, (t, n) => {
      if (n <= 40) t.giveWay.ask(60);
    });
    expect(asked.outcome.kind).toBe('done');
    expect(steps(asked)).toBe(60 * perEpoch);
    expect(asked.gaveWayMs).toBeGreaterThan(0);
    expect(asked.tensorsLeft).toBe(0);
  });

  it('finishes and delivers the batches queued so far before it holds', async () => {
    const perEpoch = dataset.train.n;
    // Reads only at the end of an epoch, but for the one before each hold.
    const endsMidEpoch = (r: Run) =>
      r.log.some((x) => x.kind === 'batches' && (x.records.at(-1)?.step ?? 0) % perEpoch !== 0);
    const config = { epochs: 40, batchSize: 1 };
    expect(endsMidEpoch(await run(config, 1e9))).toBe(false);
    const held: number[] = [];
    const asked = await run(config, 1e9, (t, n) => {
      if (n > 20) return;
      t.giveWay.ask(30);
      void t.giveWay.holding().then(() => held.push(n));
    });
    expect(asked.outcome.kind).toBe('done');
    expect(held.length).toBeGreaterThan(0);
    expect(endsMidEpoch(asked)).toBe(true);
    const steps = asked.log.flatMap((x) => (x.kind === 'batches' ? x.records : []));
    expect(steps.map((r) => r.step)).toEqual(steps.map((_, i) => i + 1));
    expect(asked.tensorsLeft).toBe(0);
  });

  it('answers a request it will not take because it pauses', async () => {
    let answered: boolean | null = null;
    const r = await run({ epochs: 3 }, 0, (t, n) => {
      if (n !== 1) return;
      t.giveWay.ask(50);
      let done = false;
      void t.giveWay.holding().then(() => (done = true));
      t.pause();
      // Read once the pause's answer (a resolved promise) had its turn.
      void Promise.resolve()
        .then(() => undefined)
        .then(() => {
          answered = done;
          t.resume();
        });
    });
    expect(r.outcome.kind).toBe('done');
    expect(answered).toBe(true);
  });
});
