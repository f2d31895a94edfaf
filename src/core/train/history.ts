/**
 * Training history records: plain numbers the engine streams to the page,
 * the charts draw and a saved model keeps.
 */
import { z } from 'zod';

export const epochRecordSchema = z.object({
  /** 1-based epoch number, counting across continued runs. */
  epoch: z.number().int().min(1),
  /** Mean training loss over the epoch's batches. */
  loss: z.number(),
  /** Classification: accuracy over the epoch's batches, 0..1; null for regression. */
  acc: z.number().nullable(),
  valLoss: z.number().nullable(),
  valAcc: z.number().nullable(),
  /** Regression: mean absolute error over the epoch's batches; absent for classification. */
  mae: z.number().nullable().optional(),
  valMae: z.number().nullable().optional(),
  /** Learning rate in force at the epoch's end (after any schedule). */
  learningRate: z.number(),
  /** Training time of this model so far, in ms, across continued runs and excluding pauses. */
  elapsedMs: z.number(),
});

export type EpochRecord = z.infer<typeof epochRecordSchema>;

/** One optimisation step, for per-batch charts. */
export interface BatchRecord {
  /** 1-based step number, counting across epochs and continued runs. */
  step: number;
  /** 1-based epoch the step belongs to. */
  epoch: number;
  /** Mean loss over the batch. */
  loss: number;
  /** Classification: batch accuracy 0..1. Regression: batch mean absolute error. */
  metric: number;
  learningRate: number;
  /** Training time of this model so far, in ms (as EpochRecord.elapsedMs). */
  elapsedMs: number;
}

/** Where a run is, for the progress line. */
export interface TrainProgress {
  epoch: number;
  epochsTotal: number;
  batch: number;
  batchesPerEpoch: number;
  samplesPerSecond: number;
  /** Time this run has been training, excluding pauses (ms). */
  elapsedMs: number;
  /** Estimated time to the end of the run (ms), or null before it can be estimated. */
  etaMs: number | null;
  /** Learning rate in force for the latest step. */
  learningRate: number;
}

export type TrainState = 'idle' | 'training' | 'paused' | 'done' | 'error';
