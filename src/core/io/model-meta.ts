/**
 * The metadata record kept beside a saved model's weights: everything needed
 * to restore the session it came from (data, network, hyperparameters,
 * history) and to list it. Every record read back from storage or a file
 * passes `parseModelMeta`, which also upgrades records of older formats; no
 * other code reads a stored record.
 */
import { z } from 'zod';
import { datasetSpecSchema } from '../data/dataset-spec';
import { architectureLine, networkSpecSchema } from '../model/network-spec';
import { epochRecordSchema, type EpochRecord } from '../train/history';
import { DEFAULT_EARLY_STOPPING } from '../train/early-stopping';
import { defaultOptimizerSettings } from '../train/optimizers';
import { DEFAULT_SCHEDULE } from '../train/schedules';
import { trainingConfigSchema } from '../train/training-config';
import type { Checked } from './model-files';

/** Version of the metadata format written now. Bump it, and add an upgrade below, on any change. */
export const MODEL_FORMAT_VERSION = 2;

export const MODEL_NAME_MAX = 80;

/** A model name as the user types it; trimmed, non-empty, printable. */
export const modelNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the model a name.')
  .max(MODEL_NAME_MAX, `Names are at most ${MODEL_NAME_MAX} characters.`)
  .regex(/^[^\p{Cc}]+$/u, 'Names cannot contain control characters.');

const isoDate = z.iso.datetime({ offset: true, error: 'Expected an ISO date.' });

/**
 * How inputs were scaled before the model saw them, per input value:
 * x' = (x − offset) / scale. Null when the model takes the raw values.
 */
export const inputScalingSchema = z.object({
  offset: z.array(z.number()),
  scale: z.array(z.number().refine((v) => v !== 0, 'A scale cannot be 0.')),
});

export type InputScaling = z.infer<typeof inputScalingSchema>;

/** The last epoch's numbers, kept apart from the history so lists need not scan it. */
export const finalMetricsSchema = z.object({
  epoch: z.number().int().min(1),
  loss: z.number(),
  /** Classification only. */
  acc: z.number().nullable(),
  valLoss: z.number().nullable(),
  valAcc: z.number().nullable(),
  /** Regression only: mean absolute error. */
  mae: z.number().nullable(),
  valMae: z.number().nullable(),
});

export type FinalMetrics = z.infer<typeof finalMetricsSchema>;

export const modelMetaSchema = z.object({
  formatVersion: z.literal(MODEL_FORMAT_VERSION),
  name: modelNameSchema,
  /** When the model was first saved (ISO 8601). */
  createdAt: isoDate,
  /** When this record was written (ISO 8601). */
  savedAt: isoDate,
  dataset: datasetSpecSchema,
  scaling: inputScalingSchema.nullable(),
  network: networkSpecSchema,
  training: trainingConfigSchema,
  history: z.array(epochRecordSchema),
  finalMetrics: finalMetricsSchema.nullable(),
  /** tfjs backend the weights were trained on ("webgl", "cpu"). */
  backend: z.string(),
  totalParams: z.number().int().nonnegative(),
  /** Whether the optimizer's state (Adam's moments, the step count) is stored with the weights. */
  optimizerState: z.boolean(),
});

export type ModelMeta = z.infer<typeof modelMetaSchema>;

/**
 * Format 1 (the first release): no dates but savedAt, no final metrics, no
 * optimizer state, and the network as a list of hidden Dense layers (built
 * with Glorot-uniform kernels, zero biases and a softmax head, which is what
 * the same spec in today's format builds, with the same layer names).
 */
const metaV1Schema = modelMetaSchema
  .omit({
    formatVersion: true,
    createdAt: true,
    finalMetrics: true,
    scaling: true,
    network: true,
    training: true,
    optimizerState: true,
  })
  .extend({
    formatVersion: z.literal(1),
    training: z.object({
      optimizer: z.enum(['sgd', 'adam']),
      learningRate: z.number(),
      batchSize: z.number(),
      epochs: z.number(),
      seed: z.number(),
    }),
    network: z.object({
      hidden: z.array(
        z.object({
          id: z.string(),
          kind: z.literal('dense'),
          units: z.number(),
          activation: z.enum(['relu', 'tanh', 'sigmoid', 'linear']),
        }),
      ),
    }),
  });

function upgradeV1(v1: z.infer<typeof metaV1Schema>): unknown {
  return {
    ...v1,
    formatVersion: MODEL_FORMAT_VERSION,
    createdAt: v1.savedAt,
    scaling: null,
    network: {
      layers: v1.network.hidden.map((l) => ({
        ...l,
        init: 'glorotUniform',
        useBias: true,
        reg: 'none',
        regRate: 0.001,
      })),
      binaryHead: 'softmax',
    },
    // What format-1 runs did: the optimizer's defaults, cross-entropy, a
    // reshuffle per epoch, and no schedule, early stopping or clipping.
    training: {
      ...v1.training,
      optimizerSettings: defaultOptimizerSettings(v1.training.optimizer),
      loss: 'categoricalCrossentropy',
      huberDelta: 1,
      shuffle: true,
      schedule: { ...DEFAULT_SCHEDULE, kind: 'constant' },
      earlyStopping: { ...DEFAULT_EARLY_STOPPING, enabled: false },
      clip: { kind: 'none', threshold: 1 },
    },
    finalMetrics: finalMetrics(v1.history),
    optimizerState: false,
  };
}

/** The final metrics of a history, or null for an untrained one. */
export function finalMetrics(history: EpochRecord[]): FinalMetrics | null {
  const last = history.at(-1);
  if (!last) return null;
  const { epoch, loss, acc, valLoss, valAcc } = last;
  return { epoch, loss, acc, valLoss, valAcc, mae: last.mae ?? null, valMae: last.valMae ?? null };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Check (and upgrade) a metadata record from storage or a file.
 * @returns the record in the current format, or a message naming what is wrong
 */
export function parseModelMeta(raw: unknown): Checked<ModelMeta> {
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > MODEL_FORMAT_VERSION) {
    return {
      ok: false,
      error: `it was written by a newer version of the app (format ${version}; this one reads up to ${MODEL_FORMAT_VERSION}).`,
    };
  }
  let current = raw;
  if (version === 1) {
    const v1 = metaV1Schema.safeParse(raw);
    if (!v1.success) return { ok: false, error: firstIssue(v1.error) };
    current = upgradeV1(v1.data);
  }
  const parsed = modelMetaSchema.safeParse(current);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: firstIssue(parsed.error) };
}

/** A row in the saved-model list. */
export interface SavedModelInfo {
  name: string;
  createdAt: string;
  savedAt: string;
  totalParams: number;
  /** Bytes of the model's weights. */
  weightBytes: number;
  /** Bytes of the optimizer state; 0 when it was not saved. */
  optimizerBytes: number;
  /** e.g. "Dense(8, tanh) → Dense(8, tanh)" */
  architecture: string;
  epochs: number;
  finalValLoss: number | null;
  /** Classification: final validation accuracy. */
  finalValAcc: number | null;
  /** Regression: final validation mean absolute error. */
  finalValMae: number | null;
  optimizerState: boolean;
}

/** A stored record that cannot be read: listed so the user can see and delete it. */
export interface DamagedModelInfo {
  name: string;
  problem: string;
}

/** A one-line architecture summary for lists. */
export function describeArchitecture(meta: ModelMeta): string {
  return architectureLine(meta.network);
}

/** The list row for a metadata record. */
export function savedModelInfo(
  meta: ModelMeta,
  weightBytes: number,
  optimizerBytes: number,
): SavedModelInfo {
  return {
    name: meta.name,
    createdAt: meta.createdAt,
    savedAt: meta.savedAt,
    totalParams: meta.totalParams,
    weightBytes,
    optimizerBytes,
    architecture: describeArchitecture(meta),
    epochs: meta.finalMetrics?.epoch ?? 0,
    finalValLoss: meta.finalMetrics?.valLoss ?? null,
    finalValAcc: meta.finalMetrics?.valAcc ?? null,
    finalValMae: meta.finalMetrics?.valMae ?? null,
    optimizerState: meta.optimizerState && optimizerBytes > 0,
  };
}
