/**
 * The metadata record kept beside a saved model's weights: everything needed
 * to restore the session it came from (data, network, hyperparameters,
 * history). Every record read back from storage or a file passes this schema.
 */
import { z } from 'zod';
import { datasetSpecSchema } from '../data/dataset-spec';
import { networkSpecSchema } from '../model/network-spec';
import { epochRecordSchema } from '../train/history';
import { trainingConfigSchema } from '../train/training-config';

export const MODEL_FORMAT_VERSION = 1;

export const MODEL_NAME_MAX = 80;

/** A model name as the user types it; trimmed, non-empty, printable. */
export const modelNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the model a name.')
  .max(MODEL_NAME_MAX, `Names are at most ${MODEL_NAME_MAX} characters.`)
  .regex(/^[^\p{Cc}]+$/u, 'Names cannot contain control characters.');

export const modelMetaSchema = z.object({
  formatVersion: z.literal(MODEL_FORMAT_VERSION),
  name: modelNameSchema,
  savedAt: z.string(),
  dataset: datasetSpecSchema,
  network: networkSpecSchema,
  training: trainingConfigSchema,
  history: z.array(epochRecordSchema),
  backend: z.string(),
  totalParams: z.number().int().nonnegative(),
});

export type ModelMeta = z.infer<typeof modelMetaSchema>;

/** A row in the saved-model list. */
export interface SavedModelInfo {
  name: string;
  savedAt: string;
  totalParams: number;
  weightBytes: number;
  /** e.g. "2 → 8 tanh → 8 tanh → 2 softmax" */
  architecture: string;
  finalValLoss: number | null;
  finalValAcc: number | null;
}

/** A one-line architecture summary for lists. */
export function describeArchitecture(meta: ModelMeta): string {
  const hidden = meta.network.hidden.map((l) => `${l.units} ${l.activation}`);
  return ['2', ...hidden, 'softmax'].join(' → ');
}

/** The list row for a metadata record. */
export function savedModelInfo(meta: ModelMeta, weightBytes: number): SavedModelInfo {
  const last = meta.history.at(-1);
  return {
    name: meta.name,
    savedAt: meta.savedAt,
    totalParams: meta.totalParams,
    weightBytes,
    architecture: describeArchitecture(meta),
    finalValLoss: last?.valLoss ?? null,
    finalValAcc: last?.valAcc ?? null,
  };
}
