/**
 * One training run as the experiments view keeps it: the configuration it
 * started with, its history as it grew, and how it ended. Recorded when a
 * run starts and updated as it goes, so a run cut short by a reload keeps
 * what it had.
 */
import { z } from 'zod';
import type { BatchRecord } from '../train/history';
import { epochRecordSchema } from '../train/history';
import { runConfigSchema, type RunConfig } from './run-config';

export const RUN_RECORD_VERSION = 1;

/** How a run ended; 'running' while it goes, 'interrupted' when the page went away mid-run. */
export const RUN_STATUSES = [
  'running',
  'done',
  'stopped',
  'early-stopped',
  'diverged',
  'failed',
  'interrupted',
] as const;

export type RunStatus = (typeof RUN_STATUSES)[number];

export const batchRecordSchema = z.object({
  step: z.number().int().min(1),
  epoch: z.number().int().min(1),
  loss: z.number(),
  metric: z.number(),
  learningRate: z.number(),
  elapsedMs: z.number(),
}) satisfies z.ZodType<BatchRecord>;

export const runRecordSchema = z.object({
  version: z.literal(RUN_RECORD_VERSION),
  /** Unique and stable; also the IndexedDB key. */
  id: z.string().min(1).max(100),
  /** What the user calls it (editable); starts as "Run 7". */
  name: z.string().min(1).max(200),
  /** Index into the run palette, fixed when the run is recorded. */
  colour: z.number().int().min(0),
  /** When the run started (ms since the epoch). */
  startedAt: z.number(),
  config: runConfigSchema,
  status: z.enum(RUN_STATUSES),
  /** The run's end message (why it stopped early, the error), or null. */
  message: z.string().nullable(),
  /** The backend it trained on, as the engine reported it; null before it was known. */
  backend: z.string().nullable(),
  /** The run this one continued (same model, more epochs), or null for a fresh model. */
  continuedFrom: z.string().nullable(),
  /** The saved model (library name) that holds this run's weights, if the user kept them. */
  modelName: z.string().nullable(),
  /** The sweep this run belongs to, if any. */
  sweepId: z.string().nullable(),
  /** Every epoch's record. */
  epochs: z.array(epochRecordSchema),
  /** Per-batch records, thinned as the run grows so a long run stays small. */
  batches: z.array(batchRecordSchema),
  /** Training time excluding pauses (ms). */
  durationMs: z.number().min(0),
  /**
   * The epoch whose weights the model was left with, when early stopping
   * put back its best epoch's; absent when the model ended on its last.
   */
  keptEpoch: z.number().int().min(1).optional(),
  /** Starred runs are kept when the list is over its limit; absent means not starred. */
  starred: z.boolean().optional(),
});

export type RunRecord = Omit<z.infer<typeof runRecordSchema>, 'config'> & { config: RunConfig };
