/**
 * The metadata record kept beside a saved model's weights: everything needed
 * to restore the session it came from (data, network, hyperparameters,
 * history) and to list it. Every record read back from storage or a file
 * passes `parseModelMeta`, which also upgrades records of older formats; no
 * other code reads a stored record.
 */
import { z } from 'zod';
import { t } from '../../i18n';
import { datasetSpecSchema } from '../data/dataset-spec';
import { architectureLine, networkSpecSchema } from '../model/network-spec';
import { epochRecordSchema, type EpochRecord } from '../train/history';
import { DEFAULT_EARLY_STOPPING } from '../train/early-stopping';
import { defaultOptimizerSettings } from '../train/optimizers';
import { DEFAULT_SCHEDULE } from '../train/schedules';
import { trainingConfigSchema } from '../train/training-config';
import { metricsFromConfusion, type Metrics } from '../metrics';
import type { Checked } from './model-files';

/** Version of the metadata format written now. Bump it, and add an upgrade below, on any change. */
export const MODEL_FORMAT_VERSION = 3;

export const MODEL_NAME_MAX = 80;

/** A model name as the user types it; trimmed, non-empty, printable. */
export const modelNameSchema = z
  .string()
  .trim()
  .min(1, { error: () => t('models:name.empty') })
  .max(MODEL_NAME_MAX, { error: () => t('models:name.tooLong', { max: MODEL_NAME_MAX }) })
  .regex(/^[^\p{Cc}]+$/u, { error: () => t('models:name.control') });

const isoDate = z.iso.datetime({ offset: true, error: () => t('models:fileCheck.meta.isoDate') });

/**
 * How inputs were scaled before the model saw them, per input value:
 * x' = (x − offset) / scale. Null when the model takes the raw values.
 */
const inputScalingSchema = z.object({
  offset: z.array(z.number()),
  scale: z.array(
    z.number().refine((v) => v !== 0, { error: () => t('models:fileCheck.meta.zeroScale') }),
  ),
});

export type InputScaling = z.infer<typeof inputScalingSchema>;

/**
 * The numbers of the epoch whose weights these are (the last, unless early
 * stopping put back an earlier one), kept apart from the history so lists
 * need not scan it.
 */
const finalMetricsSchema = z.object({
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

/** Confusion matrices are kept for at most this many classes (a 100-class one is 10,000 numbers). */
const SAVED_CONFUSION_MAX_CLASSES = 50;

const count = z.number().int().nonnegative();
/** A metric as JSON can hold it: non-finite values (a diverged model's loss) are stored as null. */
const score = z.number().nullable();

/**
 * The result of "Evaluate on test set" kept with a saved model: the numbers,
 * not the per-sample predictions. Classification keeps its confusion matrix
 * (rows = true class) when it has at most SAVED_CONFUSION_MAX_CLASSES
 * classes, so per-class precision / recall / F1 can be shown again.
 */
const testEvaluationSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('classification'),
      n: count,
      loss: score,
      accuracy: score,
      classNames: z.array(z.string()),
      confusion: z.array(z.array(count)).nullable(),
      evaluatedAt: isoDate,
    })
    .refine(
      (e) =>
        e.confusion === null ||
        (e.confusion.length === e.classNames.length &&
          e.confusion.every((row) => row.length === e.classNames.length) &&
          e.confusion.flat().reduce((a, b) => a + b, 0) === e.n),
      { error: () => t('models:fileCheck.meta.confusion') },
    ),
  z.object({
    kind: z.literal('regression'),
    n: count,
    loss: score,
    mse: score,
    mae: score,
    r2: score,
    targets: z.array(z.object({ name: z.string(), mse: score, mae: score, r2: score })),
    evaluatedAt: isoDate,
  }),
]);

export type TestEvaluationSummary = z.infer<typeof testEvaluationSchema>;

const modelMetaSchema = z.object({
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
  /**
   * Where early stopping put back an earlier epoch's weights: that epoch.
   * Optional: absent or null, the weights are the last epoch's.
   */
  keptEpoch: z.number().int().min(1).nullable().optional(),
  finalMetrics: finalMetricsSchema.nullable(),
  /** tfjs backend the weights were trained on ("webgl", "cpu"). */
  backend: z.string(),
  totalParams: z.number().int().nonnegative(),
  /** Whether the optimizer's state (Adam's moments, the step count) is stored with the weights. */
  optimizerState: z.boolean(),
  /**
   * The last test-set evaluation of these weights, or null. Format 3 on;
   * optional so that callers building a record need not name it (absent
   * means not evaluated).
   */
  testEvaluation: testEvaluationSchema.nullable().optional(),
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
    testEvaluation: true,
    keptEpoch: true,
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
    formatVersion: 2,
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

/**
 * The final metrics of a history, or null for an untrained one: those of
 * `keptEpoch` where early stopping put its weights back, else the last epoch's.
 */
export function finalMetrics(
  history: EpochRecord[],
  keptEpoch: number | null = null,
): FinalMetrics | null {
  const last = history.find((r) => r.epoch === keptEpoch) ?? history.at(-1);
  if (!last) return null;
  const { epoch, loss, acc, valLoss, valAcc } = last;
  return { epoch, loss, acc, valLoss, valAcc, mae: last.mae ?? null, valMae: last.valMae ?? null };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return t('models:fileCheck.invalid');
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
      error: t('models:fileCheck.meta.newer', { version, max: MODEL_FORMAT_VERSION }),
    };
  }
  let current = raw;
  if (version === 1) {
    const v1 = metaV1Schema.safeParse(raw);
    if (!v1.success) return { ok: false, error: firstIssue(v1.error) };
    current = upgradeV1(v1.data);
  }
  // Format 2 had no test evaluation; everything else is unchanged.
  if ((current as { formatVersion?: unknown } | null)?.formatVersion === 2) {
    current = { ...(current as object), formatVersion: 3, testEvaluation: null };
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
  /** The saved test result: accuracy (classification) or R² (regression); null or absent if never evaluated. */
  test?: { kind: 'classification' | 'regression'; n: number; value: number | null } | null;
}

/** A stored record that cannot be read: listed so the user can see and delete it. */
export interface DamagedModelInfo {
  name: string;
  problem: string;
}

/** A one-line architecture summary for lists. */
function describeArchitecture(meta: ModelMeta): string {
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
    test: testResult(meta.testEvaluation ?? null),
  };
}

/** The one number a list shows for a saved test evaluation. */
function testResult(e: TestEvaluationSummary | null): NonNullable<SavedModelInfo['test']> | null {
  if (!e) return null;
  return { kind: e.kind, n: e.n, value: e.kind === 'classification' ? e.accuracy : e.r2 };
}

const finite = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);

/**
 * The summary saved with a model, from the metrics of a test evaluation.
 * @param names class names (classification) or target names (regression), in order
 * @param loss mean loss over the split, or null
 */
export function summariseTest(
  metrics: Metrics,
  loss: number | null,
  names: string[],
  evaluatedAt: string,
): TestEvaluationSummary {
  if (metrics.kind === 'classification') {
    return {
      kind: 'classification',
      n: metrics.n,
      loss: finite(loss),
      accuracy: finite(metrics.accuracy),
      classNames: names,
      confusion: names.length <= SAVED_CONFUSION_MAX_CLASSES ? metrics.confusion : null,
      evaluatedAt,
    };
  }
  return {
    kind: 'regression',
    n: metrics.n,
    loss: finite(loss),
    mse: finite(metrics.mse),
    mae: finite(metrics.mae),
    r2: finite(metrics.r2),
    targets: metrics.perTarget.map((t, j) => ({
      name: names[j] ?? `target ${j + 1}`,
      mse: finite(t.mse),
      mae: finite(t.mae),
      r2: finite(t.r2),
    })),
    evaluatedAt,
  };
}

/**
 * The metrics a saved summary can show again: all of them for regression
 * and for a classifier whose confusion matrix was kept; null otherwise
 * (only its accuracy and loss are known).
 */
export function metricsFromSummary(e: TestEvaluationSummary): Metrics | null {
  if (e.kind === 'regression') {
    const { n, mse, mae, r2 } = e;
    const perTarget = e.targets.map((t) => ({ mse: t.mse, mae: t.mae, r2: t.r2 }));
    return { kind: 'regression', n, mse, mae, r2, perTarget };
  }
  return e.confusion ? metricsFromConfusion(e.confusion) : null;
}
