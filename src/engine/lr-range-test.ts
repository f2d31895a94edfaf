/**
 * The learning-rate range test, run on a copy of the model: the current
 * model's weights cloned when it was trained for this network and data,
 * else a fresh model built with the config's seed; a fresh optimizer of the
 * config's kind and settings; the loss, batch size and training data Train
 * would use, with the rate set before every batch (core/train/lr-range.ts
 * says which, when to stop and what to suggest). It never touches the
 * session's model or optimizer, and disposes every tensor it makes.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Dataset } from '../core/data/dataset';
import { datasetIO, networkProblems } from '../core/model/network-spec';
import { createRng, permutation } from '../core/rng';
import {
  formatRate,
  lrRangeSpecSchema,
  rangeRate,
  RangeRecorder,
  suggestRate,
  type LrRangeSpec,
} from '../core/train/lr-range';
import { trainingConfigSchema, type TrainingConfig } from '../core/train/training-config';
import type { LrRangeOutcome, LrRangeProgress, LrRangeRequest } from '../worker/protocol';
import { BatchReader } from './batch-reader';
import { buildModel } from './build-model';
import type { PartTensors } from './data-tensors';
import { makeObjective } from './objective';
import { makeOptimizer, setLearningRate } from './optimizers';
import { sessionKey, type Session } from './session';
import { trainStep } from './train-step';

/** Losses are read back every this many batches: the test runs at most that many past a blow-up. */
const READ_EVERY = 4;
const PROGRESS_EVERY_MS = 100;
const YIELD_EVERY_MS = 25;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What the engine holds that a test reads: its data and its session. */
export interface Held {
  data: { key: string; dataset: Dataset; tensors: { train: PartTensors } } | null;
  session: Session | null;
  /** A run is going (or choosing its backend). */
  training: boolean;
}

/** At most one range test at a time, and the way to cancel it. */
export class RangeTests {
  private current: { cancelled: boolean } | null = null;

  get running(): boolean {
    return this.current !== null;
  }

  cancel(): void {
    if (this.current) this.current.cancelled = true;
  }

  /**
   * Check `req` against what the engine holds and run the test.
   * Rejects with a message for the user when it cannot start, or when the
   * very first batch gives no finite loss.
   */
  async run(
    req: LrRangeRequest,
    held: Held,
    onProgress: (p: LrRangeProgress) => void,
  ): Promise<LrRangeOutcome> {
    if (held.training) throw new Error(t('engine:finder.stopTraining'));
    if (this.current) throw new Error(t('engine:finder.running'));
    const data = held.data;
    if (!data || data.key !== req.datasetKey) throw new Error(t('engine:finder.noData'));
    const config = trainingConfigSchema.parse(req.training);
    const range = lrRangeSpecSchema.parse(req.range);
    const io = datasetIO(data.dataset);
    const problem = networkProblems(req.network, io)[0];
    if (problem) throw new Error(t('engine:finder.cannotTrain', { problem: problem.message }));
    if (data.tensors.train.n === 0) throw new Error(t('engine:finder.emptySplit'));
    const fits = held.session?.key === sessionKey(req.network, req.dataset);
    const model = buildModel(req.network, io, config.seed);
    const test = { cancelled: false };
    this.current = test;
    try {
      // Copied before anything awaits: the session may be replaced while the test runs.
      if (fits && held.session) model.setWeights(held.session.model.getWeights());
      return await rangeTest(model, data.tensors.train, config, range, test, onProgress, fits);
    } finally {
      this.current = null;
      model.dispose();
    }
  }
}

/** Training-row indices, `bs` at a time, from seeded permutations drawn one after another. */
function batchIndices(n: number, shuffle: boolean, seed: number) {
  const rng = createRng(seed);
  const draw = () => (shuffle ? permutation(n, rng) : Int32Array.from({ length: n }, (_, i) => i));
  let order = draw();
  let pos = 0;
  return (bs: number): Int32Array => {
    const out = new Int32Array(bs);
    for (let k = 0; k < bs; k++) {
      if (pos === n) {
        order = draw();
        pos = 0;
      }
      out[k] = order[pos++] as number;
    }
    return out;
  };
}

async function rangeTest(
  model: tfl.LayersModel,
  train: PartTensors,
  config: TrainingConfig,
  range: LrRangeSpec,
  test: { cancelled: boolean },
  onProgress: (p: LrRangeProgress) => void,
  fits: boolean,
): Promise<LrRangeOutcome> {
  if (model.trainableWeights.length === 0) throw new Error(t('engine:finder.noWeights'));
  const optimizer = makeOptimizer(config.optimizer, range.startLr, config.optimizerSettings);
  const objective = makeObjective(model, { loss: config.loss, huberDelta: config.huberDelta });
  const parts = { model, optimizer, objective, clip: config.clip };
  const rec = new RangeRecorder(range);
  const reader = new BatchReader((values) => {
    for (let k = 0; 2 * k < values.length; k++) if (!rec.record(values[2 * k] as number)) break;
  });
  const bs = Math.min(config.batchSize, train.n);
  const next = batchIndices(train.n, config.shuffle, config.seed);
  let lastProgress = 0;
  let lastYield = performance.now();
  try {
    for (let b = 0; b < range.steps && !rec.stop && !test.cancelled; b++) {
      const rate = rangeRate(range, b);
      setLearningRate(optimizer, rate);
      const idx = next(bs);
      const [loss, metric] = tf.tidy(() => {
        const i = tf.tensor1d(idx, 'int32');
        return trainStep(parts, tf.gather(train.x, i), tf.gather(train.y, i));
      });
      reader.add(loss, metric, { step: b + 1, epoch: 1, learningRate: rate, elapsedMs: 0 });
      if ((b + 1) % READ_EVERY === 0) await reader.flush();
      const now = performance.now();
      if (now - lastProgress > PROGRESS_EVERY_MS) {
        lastProgress = now;
        onProgress({ batch: b + 1, batches: range.steps, rate });
      }
      if (now - lastYield > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
    await reader.flush();
  } finally {
    await reader.dispose();
    optimizer.dispose();
  }
  if (test.cancelled) return { kind: 'cancelled' };
  if (rec.rates.length === 0)
    throw new Error(t('engine:finder.firstBatch', { rate: formatRate(range.startLr) }));
  const stop = rec.stop ?? 'end';
  onProgress({ batch: rec.rates.length, batches: range.steps, rate: rec.rates.at(-1) as number });
  return {
    kind: 'done',
    result: {
      rates: rec.rates,
      losses: rec.losses,
      smoothed: rec.smoothed,
      suggestion: suggestRate(rec.rates, rec.smoothed),
      stop,
      stopRate: rec.stopRate ?? rec.rates.at(-1) ?? null,
      startedFrom: fits ? 'trained' : 'fresh',
    },
  };
}
