/**
 * The training loop: a plain object with start / pause / resume / stop and
 * callbacks, not a React concern. It owns no model (the session does) and
 * leaves no tensors behind.
 *
 * Why a hand-written loop rather than model.fit: seeded shuffles (fit uses
 * Math.random), pause/step without callback overhead, live learning-rate
 * changes, and reading metrics in batches (one GPU read every ~200 ms rather
 * than one per batch). Every batch has the same shape (the last one is
 * topped up from the start of the shuffled order) so the WebGL texture pool
 * does not grow.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { createRng, permutation, type Rng } from '../core/rng';
import type { EpochRecord, TrainProgress } from '../core/train/history';
import type { PartTensors } from './data-tensors';
import { makeObjective, type Objective } from './objective';

export interface TrainerOptions {
  model: tfl.LayersModel;
  optimizer: tf.Optimizer;
  train: PartTensors;
  validation: PartTensors;
  batchSize: number;
  epochs: number;
  /** Epochs already trained on this model; numbering continues from here. */
  startEpoch: number;
  seed: number;
  learningRate: () => number;
  onEpoch: (record: EpochRecord) => void;
  onProgress: (progress: TrainProgress) => void;
  onPauseChange: (paused: boolean) => void;
}

export type TrainOutcome =
  { kind: 'done' } | { kind: 'stopped' } | { kind: 'diverged'; epoch: number; batch: number };

/** How long the loop may run before yielding to the event loop (ms). */
const YIELD_EVERY_MS = 25;
/** How often pending batch losses are read back from the backend (ms). */
const READ_EVERY_MS = 200;
const PROGRESS_EVERY_MS = 100;

const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });

export class Trainer {
  private paused = false;
  private stopRequested = false;
  private resumeWaiter: (() => void) | null = null;
  private readonly rng: Rng;
  private readonly objective: Objective;

  constructor(private readonly o: TrainerOptions) {
    this.rng = createRng(o.seed + o.startEpoch * 1_000_003);
    this.objective = makeObjective(o.model);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.resumeWaiter?.();
  }

  stop(): void {
    this.stopRequested = true;
    this.resume();
  }

  /** Train until the epoch budget is spent, stop() is called, or the loss is not finite. */
  async run(): Promise<TrainOutcome> {
    const { o } = this;
    const bs = Math.min(o.batchSize, o.train.n);
    const batches = Math.ceil(o.train.n / bs);
    const started = performance.now();
    let lastYield = started;
    let lastProgress = 0;
    let samplesSeen = 0;

    for (let e = 0; e < o.epochs; e++) {
      const epoch = o.startEpoch + e + 1;
      const order = this.epochOrder(batches * bs);
      const pending: tf.Scalar[] = [];
      let lossSum = 0;
      let correctSum = 0;
      let lastRead = performance.now();
      const flush = async (): Promise<boolean> => {
        if (pending.length === 0) return true;
        const stacked = tf.stack(pending);
        const values = await stacked.data();
        tf.dispose([stacked, ...pending]);
        pending.length = 0;
        for (let i = 0; i < values.length; i += 2) {
          lossSum += values[i] as number;
          correctSum += values[i + 1] as number;
        }
        return Number.isFinite(lossSum);
      };

      for (let b = 0; b < batches; b++) {
        if (this.paused) await this.waitWhilePaused(flush);
        if (this.stopRequested) {
          tf.dispose([order, ...pending]);
          return { kind: 'stopped' };
        }
        const [loss, correct] = this.step(order, b, bs);
        pending.push(loss, correct);
        samplesSeen += bs;
        const now = performance.now();
        if (now - lastRead > READ_EVERY_MS) {
          lastRead = now;
          if (!(await flush())) {
            order.dispose();
            return { kind: 'diverged', epoch, batch: b + 1 };
          }
        }
        if (now - lastProgress > PROGRESS_EVERY_MS) {
          lastProgress = now;
          const elapsedMs = now - started;
          o.onProgress({
            epoch,
            epochsTotal: o.startEpoch + o.epochs,
            batch: b + 1,
            batchesPerEpoch: batches,
            samplesPerSecond: (samplesSeen / elapsedMs) * 1000,
            elapsedMs,
          });
        }
        if (now - lastYield > YIELD_EVERY_MS) {
          await yieldToEventLoop();
          lastYield = performance.now();
        }
      }
      order.dispose();
      if (!(await flush())) return { kind: 'diverged', epoch, batch: batches };
      const [valLoss, valAcc] = await this.validate();
      if (valLoss !== null && !Number.isFinite(valLoss)) {
        return { kind: 'diverged', epoch, batch: batches };
      }
      o.onEpoch({
        epoch,
        loss: lossSum / batches,
        acc: correctSum / (batches * bs),
        valLoss,
        valAcc,
        learningRate: o.learningRate(),
        elapsedMs: performance.now() - started,
      });
    }
    return { kind: 'done' };
  }

  /** A seeded permutation of the training rows, padded by wrapping to `length`. */
  private epochOrder(length: number): tf.Tensor1D {
    const perm = permutation(this.o.train.n, this.rng);
    const padded = new Int32Array(length);
    for (let i = 0; i < length; i++) padded[i] = perm[i % perm.length] as number;
    return tf.tensor1d(padded, 'int32');
  }

  /** One optimisation step on batch `b`; returns [loss, correct] scalars for later reading. */
  private step(order: tf.Tensor1D, b: number, bs: number): [tf.Scalar, tf.Scalar] {
    const { model, optimizer, train } = this.o;
    return tf.tidy(() => {
      const idx = tf.slice(order, b * bs, bs);
      const xb = tf.gather(train.x, idx);
      const yb = tf.gather(train.y, idx);
      let correct: tf.Scalar | null = null;
      const loss = optimizer.minimize(() => {
        const [l, c] = this.objective(xb, yb, true);
        correct = tf.keep(c);
        return model.calculateLosses().reduce<tf.Scalar>((sum, r) => tf.add(sum, r), l);
      }, true) as tf.Scalar;
      return [loss, correct as unknown as tf.Scalar];
    });
  }

  /** Validation loss and accuracy at an epoch's end, or nulls without validation data. */
  private async validate(): Promise<[number | null, number | null]> {
    const { validation } = this.o;
    if (validation.n === 0) return [null, null];
    const out = tf.tidy(() => tf.stack(this.objective(validation.x, validation.y, false)));
    const [loss, correct] = await out.data();
    out.dispose();
    return [loss as number, (correct as number) / validation.n];
  }

  private async waitWhilePaused(flush: () => Promise<boolean>): Promise<void> {
    await flush();
    this.o.onPauseChange(true);
    while (this.paused && !this.stopRequested) {
      await new Promise<void>((resolve) => (this.resumeWaiter = resolve));
    }
    this.resumeWaiter = null;
    if (!this.stopRequested) this.o.onPauseChange(false);
  }
}
