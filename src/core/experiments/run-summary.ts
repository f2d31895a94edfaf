/**
 * The small summary of a run that the runs list shows: who it is, how it
 * was set up and how it ended, without its histories. Kept beside each
 * stored run so a long list is read without reading every epoch.
 */
import { z } from 'zod';
import { maxOf, minOf } from '../array-range';
import type { EpochRecord } from '../train/history';
import type { RunConfig } from './run-config';
import { runRecordSchema, type RunRecord, type RunStatus } from './run-record';

/** The validation metric a run is judged by: accuracy (higher is better) or MAE (lower is better). */
export type RunMetricKind = 'accuracy' | 'mae';

export interface RunSummary {
  id: string;
  name: string;
  colour: number;
  startedAt: number;
  status: RunStatus;
  message: string | null;
  config: RunConfig;
  backend: string | null;
  durationMs: number;
  /** How many epochs this run trained (not counting the run it continued). */
  epochs: number;
  /** Which metric finalValMetric and bestValMetric hold; null before the first epoch. */
  metric: RunMetricKind | null;
  /**
   * The epoch whose weights the run's model ended with, when early stopping
   * put back an earlier one than the last; the final numbers are its.
   */
  keptEpoch?: number;
  /**
   * Validation accuracy (0..1) or MAE of the model the run ended with (the
   * last epoch, or the kept one), or null without a validation split.
   */
  finalValMetric: number | null;
  /** The best validation accuracy (highest) or MAE (lowest) over the run. */
  bestValMetric: number | null;
  finalValLoss: number | null;
  bestValLoss: number | null;
  finalTrainLoss: number | null;
  continuedFrom: string | null;
  modelName: string | null;
  sweepId: string | null;
  /** Kept when the list is over its limit. */
  starred: boolean;
  /** Approximate size of the stored record (its JSON, in bytes). */
  bytes: number;
}

/** Accuracy when the records carry it, else MAE, else null (no epoch yet). */
export function metricKind(epochs: readonly EpochRecord[]): RunMetricKind | null {
  const first = epochs[0];
  if (!first) return null;
  return first.acc !== null ? 'accuracy' : 'mae';
}

const numbers = (xs: (number | null | undefined)[]): number[] =>
  xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

function best(xs: (number | null | undefined)[], higher: boolean): number | null {
  const ns = numbers(xs);
  if (ns.length === 0) return null;
  return higher ? maxOf(ns) : minOf(ns);
}

/** The summary of `record`, whose stored JSON takes `bytes`. */
export function summarizeRun(record: RunRecord, bytes: number): RunSummary {
  const { epochs } = record;
  const kind = metricKind(epochs);
  const valMetric = (e: EpochRecord) => (kind === 'accuracy' ? e.valAcc : (e.valMae ?? null));
  const kept =
    record.keptEpoch === undefined ? undefined : epochs.find((e) => e.epoch === record.keptEpoch);
  const final = kept ?? epochs.at(-1);
  return {
    id: record.id,
    name: record.name,
    colour: record.colour,
    startedAt: record.startedAt,
    status: record.status,
    message: record.message,
    config: record.config,
    backend: record.backend,
    durationMs: record.durationMs,
    epochs: epochs.length,
    metric: kind,
    ...(kept && { keptEpoch: kept.epoch }),
    finalValMetric: final ? valMetric(final) : null,
    bestValMetric: best(epochs.map(valMetric), kind === 'accuracy'),
    finalValLoss: final?.valLoss ?? null,
    bestValLoss: best(
      epochs.map((e) => e.valLoss),
      false,
    ),
    finalTrainLoss: final?.loss ?? null,
    continuedFrom: record.continuedFrom,
    modelName: record.modelName,
    sweepId: record.sweepId,
    starred: record.starred ?? false,
    bytes,
  };
}

const nullableNumber = z.number().nullable();

/** A summary read back from storage is checked like everything else that comes in. */
export const runSummarySchema = runRecordSchema
  .pick({
    id: true,
    name: true,
    colour: true,
    startedAt: true,
    status: true,
    message: true,
    config: true,
    backend: true,
    durationMs: true,
    continuedFrom: true,
    modelName: true,
    sweepId: true,
    keptEpoch: true,
  })
  .extend({
    epochs: z.number().int().min(0),
    metric: z.enum(['accuracy', 'mae']).nullable(),
    finalValMetric: nullableNumber,
    bestValMetric: nullableNumber,
    finalValLoss: nullableNumber,
    bestValLoss: nullableNumber,
    finalTrainLoss: nullableNumber,
    starred: z.boolean(),
    bytes: z.number().min(0),
  });
