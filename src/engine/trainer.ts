/**
 * The training loop: a plain object with run / pause / resume / step / stop
 * and callbacks, not a React concern. It owns no model (the session does)
 * and leaves no tensors behind.
 *
 * Why a hand-written loop rather than model.fit: seeded shuffles (fit uses
 * Math.random), pause and single steps, learning-rate changes between
 * batches, gradient clipping, and reading metrics in groups (one GPU read
 * every ~200 ms rather than one per batch, and without waiting for it:
 * batch-reader.ts). Every batch has the same shape
 * (the last one is topped up from the start of the shuffled order) so the
 * WebGL texture pool does not grow.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { createRng, permutation, type Rng } from '../core/rng';
import { EarlyStopper } from '../core/train/early-stopping';
import type { DeadUnitReport } from '../core/doctor/diagnosis';
import type { BatchRecord, EpochRecord, TrainProgress } from '../core/train/history';
import { LrSchedule, type ScheduleSpec } from '../core/train/schedules';
import type { TrainingConfig } from '../core/train/training-config';
import type { PartTensors } from './data-tensors';
import { BatchReader } from './batch-reader';
import { GiveWay } from './give-way';
import { yieldToEventLoop } from './yield';
import { makeObjective, type Objective } from './objective';
import { setLearningRate } from './optimizers';
import { trainStep } from './train-step';
import { WeightSnapshot } from './weights';

export interface TrainerOptions {
  model: tfl.LayersModel;
  optimizer: tf.Optimizer;
  train: PartTensors;
  validation: PartTensors;
  config: TrainingConfig;
  /** Epochs and steps already trained on this model; numbering continues. */
  startEpoch: number;
  startStep: number;
  /** Training time of this model before this run (ms). */
  startMs: number;
  /** Each epoch's record, with the dead-unit count measured at its end (null: none taken). */
  onEpoch: (record: EpochRecord, deadUnits: DeadUnitReport | null) => void;
  /**
   * Measures dead units at an epoch's end; called right after the epoch's
   * last batch, read together with the validation. Absent: not measured.
   */
  measureUnits?: (epoch: number) => Promise<DeadUnitReport | null>;
  onBatches: (records: BatchRecord[]) => void;
  onProgress: (progress: TrainProgress) => void;
  onPauseChange: (paused: boolean) => void;
  /** How often pending batch losses are read back (ms); tests set 0 to read after every batch. */
  readEveryMs?: number;
}

export type TrainOutcome =
  | { kind: 'done' }
  | { kind: 'stopped' }
  | { kind: 'early-stopped'; epoch: number; bestEpoch: number | null; restored: boolean }
  | { kind: 'diverged'; epoch: number; batch: number; restoredEpoch: number };

/** How long the loop may run before yielding to the event loop (ms). */
const YIELD_EVERY_MS = 25;
/** How often pending batch losses are read back from the backend (ms). */
const READ_EVERY_MS = 200;
const PROGRESS_EVERY_MS = 100;
/** Validation is evaluated in chunks of this many samples to bound memory. */
const EVAL_CHUNK = 512;

class Diverged extends Error {
  constructor(
    readonly epoch: number,
    readonly batch: number,
  ) {
    super('diverged');
  }
}

export class Trainer {
  private paused = false;
  private stopRequested = false;
  /** While paused: batches still to run before pausing again ('epoch' = to the epoch's end). */
  private stepBudget: number | 'epoch' | null = null;
  /** The latest batch's progress when the throttle held it back; sent when the run pauses. */
  private unsentProgress: TrainProgress | null = null;
  private resumeWaiter: (() => void) | null = null;
  private readonly rng: Rng;
  private readonly objective: Objective;
  private readonly metricDivisor: number;
  private readonly schedule: LrSchedule;
  private learningRate: number;
  private pausedMs = 0;
  private started = 0;
  /** Asked by the page while it draws (see give-way.ts); the loop holds at its yields. */
  readonly giveWay = new GiveWay();

  constructor(private readonly o: TrainerOptions) {
    const c = o.config;
    this.rng = createRng(c.seed + o.startEpoch * 1_000_003);
    this.objective = makeObjective(o.model, { loss: c.loss, huberDelta: c.huberDelta });
    // Absolute errors are summed over every target of every sample.
    this.metricDivisor = this.objective.metric === 'correct' ? 1 : (o.train.y.shape[1] ?? 1);
    this.schedule = new LrSchedule(c.schedule, c.learningRate, c.epochs);
    this.learningRate = c.learningRate;
  }

  pause(): void {
    this.paused = true;
    this.stepBudget = null;
    // A paused loop gives the page every core: nobody waits for a hold.
    this.giveWay.end();
  }

  resume(): void {
    this.paused = false;
    this.stepBudget = null;
    this.resumeWaiter?.();
  }

  /** While paused, run one batch, or to the end of the current epoch, then pause again. */
  step(kind: 'batch' | 'epoch'): void {
    if (!this.paused) return;
    this.stepBudget = kind === 'batch' ? 1 : 'epoch';
    this.resumeWaiter?.();
  }

  stop(): void {
    this.stopRequested = true;
    this.resumeWaiter?.();
    this.giveWay.end();
  }

  /** New base learning rate, from the next batch on (the schedule still applies). */
  setBaseLearningRate(lr: number): void {
    this.schedule.setBaseRate(lr);
  }

  setSchedule(spec: ScheduleSpec): void {
    this.schedule.setSpec(spec);
  }

  private elapsed(): number {
    return this.o.startMs + performance.now() - this.started - this.pausedMs;
  }

  /** Train until the epoch budget is spent, stop() is called, early stopping fires or the loss is not finite. */
  async run(): Promise<TrainOutcome> {
    const { o } = this;
    const c = o.config;
    const bs = Math.min(c.batchSize, o.train.n);
    const batches = Math.ceil(o.train.n / bs);
    const totalSteps = c.epochs * batches;
    const stopper = new EarlyStopper(c.earlyStopping);
    let lastGood = WeightSnapshot.take(o.model, o.startEpoch);
    let best: WeightSnapshot | null = null;
    const disposeSnapshots = () => {
      lastGood.dispose();
      best?.dispose();
    };
    this.started = performance.now();
    this.giveWay.start();
    let lastYield = this.started;
    let lastProgress = 0;
    let stepsDone = 0;
    let step = o.startStep;
    const runStartMs = this.elapsed();
    // Where the run starts, shown at once (a run paused before its first batch shows it too).
    o.onProgress({
      epoch: o.startEpoch + 1,
      epochsTotal: o.startEpoch + c.epochs,
      batch: 0,
      batchesPerEpoch: batches,
      samplesPerSecond: 0,
      elapsedMs: 0,
      etaMs: null,
      learningRate: this.learningRate,
    });

    try {
      for (let e = 0; e < c.epochs; e++) {
        const epoch = o.startEpoch + e + 1;
        const order = this.epochOrder(batches * bs, c.shuffle);
        let lossSum = 0;
        let metricSum = 0;
        let lastRead = performance.now();
        let valLoss: number | null = null;
        let valMetric: number | null = null;
        let deadUnits: DeadUnitReport | null = null;
        const reader = new BatchReader((values, steps) => {
          const records: BatchRecord[] = steps.map((m, k) => {
            const loss = values[2 * k] as number;
            const metric = values[2 * k + 1] as number;
            lossSum += loss;
            metricSum += metric;
            return { ...m, loss, metric: metric / (bs * this.metricDivisor) };
          });
          const bad = records.find((r) => !Number.isFinite(r.loss));
          if (bad)
            throw new Diverged(
              bad.epoch,
              bad.step - (epoch - 1 - o.startEpoch) * batches - o.startStep,
            );
          o.onBatches(records);
        });

        try {
          this.learningRate = this.schedule.rateAt(e);
          setLearningRate(o.optimizer, this.learningRate);
          for (let b = 0; b < batches; b++) {
            await this.gate(reader);
            if (this.stopRequested) {
              await reader.flush();
              return { kind: 'stopped' };
            }
            const lr = this.schedule.rateAt(e);
            if (lr !== this.learningRate) {
              this.learningRate = lr;
              setLearningRate(o.optimizer, lr);
            }
            const [loss, metric] = this.step1(order, b, bs);
            step += 1;
            stepsDone += 1;
            if (typeof this.stepBudget === 'number') this.stepBudget -= 1;
            reader.add(loss, metric, {
              step,
              epoch,
              learningRate: this.learningRate,
              elapsedMs: this.elapsed(),
            });
            const now = performance.now();
            if (this.stepBudget === 0) await reader.flush();
            else if (now - lastRead >= (o.readEveryMs ?? READ_EVERY_MS)) {
              // At most one read out: the one from READ_EVERY_MS ago, normally long done.
              lastRead = now;
              await reader.settle();
              reader.start();
            }
            const ran = this.elapsed() - runStartMs;
            const progress: TrainProgress = {
              epoch,
              epochsTotal: o.startEpoch + c.epochs,
              batch: b + 1,
              batchesPerEpoch: batches,
              samplesPerSecond: (stepsDone * bs * 1000) / Math.max(1, ran),
              elapsedMs: ran,
              etaMs: stepsDone >= 3 ? (ran / stepsDone) * (totalSteps - stepsDone) : null,
              learningRate: this.learningRate,
            };
            if (
              now - lastProgress > PROGRESS_EVERY_MS ||
              b === batches - 1 ||
              this.stepBudget === 0
            ) {
              lastProgress = now;
              this.unsentProgress = null;
              o.onProgress(progress);
            } else this.unsentProgress = progress;
            if (now - lastYield > YIELD_EVERY_MS) {
              await yieldToEventLoop();
              // A request that came in while yielding is taken at once, once
              // the batches queued so far are done: their work would share
              // the cores with the page's draw.
              if (!this.stopRequested && this.giveWay.pending()) {
                await reader.flush();
                lastRead = performance.now();
                await this.giveWay.hold();
              }
              lastYield = performance.now();
            }
          }
          // The last losses and the validation are read together: one wait per epoch.
          reader.start();
          const validation = this.validate();
          validation.catch(() => undefined);
          // A failed measurement only loses this epoch's count.
          const units = (o.measureUnits?.(epoch) ?? Promise.resolve(null)).catch(() => null);
          await reader.settle();
          [valLoss, valMetric] = await validation;
          deadUnits = await units;
        } finally {
          order.dispose();
          // After an error, a read still out finishes before the run moves on.
          await reader.dispose();
        }

        if (valLoss !== null && !Number.isFinite(valLoss)) throw new Diverged(epoch, batches);
        const trainMetric = metricSum / (batches * bs * this.metricDivisor);
        const classification = this.objective.metric === 'correct';
        o.onEpoch(
          {
            epoch,
            loss: lossSum / batches,
            acc: classification ? trainMetric : null,
            valLoss,
            valAcc: classification ? valMetric : null,
            ...(!classification && { mae: trainMetric, valMae: valMetric }),
            learningRate: this.learningRate,
            elapsedMs: this.elapsed(),
          },
          deadUnits,
        );
        lastGood.dispose();
        lastGood = WeightSnapshot.take(o.model, epoch);
        this.schedule.observe(valLoss);
        const verdict = stopper.observe(epoch, valLoss);
        if (verdict === 'improved' && c.earlyStopping.restoreBest) {
          best?.dispose();
          best = WeightSnapshot.take(o.model, epoch);
        } else if (verdict === 'stop') {
          const restore = c.earlyStopping.restoreBest && best !== null;
          if (restore) best?.restoreInto(o.model);
          return { kind: 'early-stopped', epoch, bestEpoch: stopper.bestEpoch, restored: restore };
        }
        if (this.stepBudget === 'epoch') this.stepBudget = 0;
      }
      return { kind: 'done' };
    } catch (err) {
      if (!(err instanceof Diverged)) throw err;
      lastGood.restoreInto(o.model);
      return {
        kind: 'diverged',
        epoch: err.epoch,
        batch: err.batch,
        restoredEpoch: lastGood.epoch,
      };
    } finally {
      disposeSnapshots();
    }
  }

  /** The learning rate in force now (after the schedule). */
  currentLearningRate(): number {
    return this.learningRate;
  }

  /** A seeded permutation of the training rows (or their order), padded by wrapping to `length`. */
  private epochOrder(length: number, shuffle: boolean): tf.Tensor1D {
    const n = this.o.train.n;
    const perm = shuffle ? permutation(n, this.rng) : Int32Array.from({ length: n }, (_, i) => i);
    const padded = new Int32Array(length);
    for (let i = 0; i < length; i++) padded[i] = perm[i % n] as number;
    return tf.tensor1d(padded, 'int32');
  }

  /** One optimisation step on batch `b`; returns [loss, metric sum] scalars for later reading. */
  private step1(order: tf.Tensor1D, b: number, bs: number): [tf.Scalar, tf.Scalar] {
    const { model, optimizer, train, config } = this.o;
    return tf.tidy(() => {
      const idx = tf.slice(order, b * bs, bs);
      const parts = { model, optimizer, objective: this.objective, clip: config.clip };
      return trainStep(parts, tf.gather(train.x, idx), tf.gather(train.y, idx));
    });
  }

  /** Validation loss and metric (accuracy or MAE) at an epoch's end, in chunks; nulls without validation data. */
  private async validate(): Promise<[number | null, number | null]> {
    const { validation } = this.o;
    const n = validation.n;
    if (n === 0) return [null, null];
    const out = tf.tidy(() => {
      let lossSum: tf.Tensor = tf.scalar(0);
      let metricSum: tf.Tensor = tf.scalar(0);
      for (let start = 0; start < n; start += EVAL_CHUNK) {
        const size = Math.min(EVAL_CHUNK, n - start);
        const x = tf.slice(validation.x, start, size);
        const y = tf.slice(validation.y, start, size);
        const [l, m] = this.objective(x, y, false);
        lossSum = tf.add(lossSum, tf.mul(l, size));
        metricSum = tf.add(metricSum, m);
      }
      return tf.stack([lossSum, metricSum]);
    });
    const [loss, metric] = await out.data();
    out.dispose();
    return [(loss as number) / n, (metric as number) / (n * this.metricDivisor)];
  }

  /** Wait while paused (reading pending losses first), unless a step budget lets a batch through. */
  private async gate(reader: BatchReader): Promise<void> {
    if (this.stepBudget === 0) this.stepBudget = null;
    if (!this.paused || this.stepBudget !== null) return;
    await reader.flush();
    // The page shows the batch the run paused at, not the last one the throttle let through.
    if (this.unsentProgress) this.o.onProgress(this.unsentProgress);
    this.unsentProgress = null;
    const pausedAt = performance.now();
    this.o.onPauseChange(true);
    while (this.paused && !this.stopRequested && this.stepBudget === null) {
      await new Promise<void>((resolve) => (this.resumeWaiter = resolve));
    }
    this.resumeWaiter = null;
    this.pausedMs += performance.now() - pausedAt;
    if (!this.stopRequested) this.o.onPauseChange(this.paused);
  }
}
