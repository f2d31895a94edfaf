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
  /** Training accuracy over the epoch's batches, 0..1. */
  acc: z.number(),
  valLoss: z.number().nullable(),
  valAcc: z.number().nullable(),
  learningRate: z.number(),
  /** Wall-clock ms since the run started. */
  elapsedMs: z.number(),
});

export type EpochRecord = z.infer<typeof epochRecordSchema>;

/** Where a run is, for the progress line. */
export interface TrainProgress {
  epoch: number;
  epochsTotal: number;
  batch: number;
  batchesPerEpoch: number;
  samplesPerSecond: number;
  elapsedMs: number;
}

export type TrainState = 'idle' | 'training' | 'paused' | 'done' | 'error';
