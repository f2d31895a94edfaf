/**
 * The dataset spec: the plain, serialisable description of the data a run
 * trains on (source, parameters, seed, split, scaling). A saved model or a
 * shared link carries this spec, and the data layer recreates exactly the
 * same points from it (for an uploaded CSV, from the same file: the spec
 * names it by content hash).
 *
 * Specs written before tables and images existed (`{ kind: 'xor', samples,
 * noise, seed, split }`) are still valid synthetic specs.
 */
import { z } from 'zod';
import { t } from '../../i18n';
import { formatInt } from '../format';
import {
  MISSING_POLICIES,
  MNIST_INFO,
  SCALING_METHODS,
  SYNTHETIC_KINDS,
  TABLE_KINDS,
} from './dataset-kinds';

export { MISSING_POLICIES, MNIST_INFO, SCALING_METHODS, SYNTHETIC_KINDS, TABLE_KINDS };

export type SyntheticKind = (typeof SYNTHETIC_KINDS)[number]['id'];
export type TableKind = (typeof TABLE_KINDS)[number]['id'];

export type DatasetSourceKind = SyntheticKind | 'mnist' | TableKind;

const SYNTHETIC_IDS = SYNTHETIC_KINDS.map((k) => k.id) as [SyntheticKind, ...SyntheticKind[]];
const TABLE_IDS = TABLE_KINDS.map((k) => k.id) as [TableKind, ...TableKind[]];

export const SAMPLES_MIN = 20;
export const SAMPLES_MAX = 10_000;
/** Noise: jitter of the inputs (classification) or of the target (regression), as a fraction of the data's radius. */
export const NOISE_MAX = 0.5;
const CLASSES_MAX = 8;
export const DIGITS_MIN = 100;
export const DIGITS_MAX = 10_000;
/** Bounds a table spec's file and columns, so a spec from a link cannot ask for absurd sizes. */
const TABLE_ROWS_MAX = 10_000_000;
const COLUMN_NAME_MAX = 200;
const FEATURES_MAX = 1_000;

/** Split percentages. Test is what is left after train and validation. */
const splitSchema = z
  .object({
    train: z.number().int().min(10).max(90),
    validation: z.number().int().min(5).max(50),
  })
  .refine((s) => s.train + s.validation <= 100, { error: () => t('data:spec.split') });

export type SplitSpec = z.infer<typeof splitSchema>;

const columnNameTooLong = {
  error: () => t('data:spec.columnName', { max: COLUMN_NAME_MAX }),
};

const seedSchema = z
  .number()
  .int({ error: () => t('data:spec.seedWhole') })
  .min(0, { error: () => t('data:spec.seedNegative') })
  .max(2 ** 31 - 1, { error: () => t('data:spec.seedMax', { max: formatInt(2 ** 31 - 1) }) });

const syntheticSpecSchema = z
  .object({
    kind: z.enum(SYNTHETIC_IDS),
    samples: z
      .number()
      .int({ error: () => t('data:spec.samplesWhole') })
      .min(SAMPLES_MIN, { error: () => t('data:spec.samplesMin', { min: SAMPLES_MIN }) })
      .max(SAMPLES_MAX, {
        error: () => t('data:spec.samplesMax', { max: formatInt(SAMPLES_MAX) }),
      }),
    noise: z
      .number()
      .min(0, { error: () => t('data:spec.noiseNegative') })
      .max(NOISE_MAX, { error: () => t('data:spec.noiseMax', { max: NOISE_MAX }) }),
    seed: seedSchema,
    split: splitSchema,
    /** Number of classes, for the kinds that offer a choice (spiral arms, blobs). */
    classes: z.number().int().min(2).max(CLASSES_MAX).optional(),
  })
  .superRefine((s, ctx) => {
    const range = classRange(s.kind);
    if (s.classes === undefined) return;
    if (!range) {
      ctx.addIssue({
        code: 'custom',
        path: ['classes'],
        message: t('data:spec.fixedClasses', { kind: kindLabel(s.kind) }),
      });
    } else if (s.classes < range.min || s.classes > range.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['classes'],
        message: t('data:spec.classRange', {
          kind: kindLabel(s.kind),
          min: range.min,
          max: range.max,
        }),
      });
    }
  });

export type SyntheticSpec = z.infer<typeof syntheticSpecSchema>;

const mnistSpecSchema = z.object({
  kind: z.literal('mnist'),
  /** How many of the shipped digits to use (a seeded random subset). */
  samples: z
    .number()
    .int({ error: () => t('data:spec.digitsWhole') })
    .min(DIGITS_MIN, { error: () => t('data:spec.digitsMin', { min: DIGITS_MIN }) })
    .max(DIGITS_MAX, { error: () => t('data:spec.digitsMax', { max: formatInt(DIGITS_MAX) }) }),
  seed: seedSchema,
  split: splitSchema,
});

export type MnistSpec = z.infer<typeof mnistSpecSchema>;

export type ScalingMethod = (typeof SCALING_METHODS)[number]['id'];

/** Which file a table spec was built from: the hash identifies its content. */
const tableFileSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(260, { error: () => t('data:spec.fileName') }),
  /** Content hash of the parsed cells (see core/data/hash.ts), 16 hex digits. */
  hash: z.string().regex(/^[0-9a-f]{16}$/, { error: () => t('data:spec.hash') }),
  /** Data rows in the file (without the header). */
  rows: z
    .number()
    .int()
    .min(1)
    .max(TABLE_ROWS_MAX, {
      error: () => t('data:spec.rows', { max: formatInt(TABLE_ROWS_MAX) }),
    }),
});

export type TableFile = z.infer<typeof tableFileSchema>;

export const tableSpecSchema = z
  .object({
    kind: z.enum(TABLE_IDS),
    file: tableFileSchema,
    /** Column predicted. */
    label: z.string().min(1).max(COLUMN_NAME_MAX, columnNameTooLong),
    /** Columns used as inputs, in this order. */
    features: z
      .array(z.string().min(1).max(COLUMN_NAME_MAX, columnNameTooLong))
      .min(1, { error: () => t('data:spec.noFeature') })
      .max(FEATURES_MAX, {
        error: () => t('data:spec.featuresMax', { max: formatInt(FEATURES_MAX) }),
      }),
    task: z.enum(['classification', 'regression']),
    missing: z.enum(['drop', 'fill']),
    scaling: z.enum(['none', 'standardize', 'minmax']),
    seed: seedSchema,
    split: splitSchema,
  })
  .refine((s) => !s.features.includes(s.label), {
    error: () => t('data:spec.labelIsFeature'),
    path: ['features'],
  })
  .refine((s) => new Set(s.features).size === s.features.length, {
    error: () => t('data:spec.featureTwice'),
    path: ['features'],
  });

export type TableSpec = z.infer<typeof tableSpecSchema>;

/**
 * Any dataset spec. Saved-model metadata embeds this schema, so it stays a
 * zod schema of plain, serialisable data.
 */
export const datasetSpecSchema = z.union([syntheticSpecSchema, mnistSpecSchema, tableSpecSchema]);

export type DatasetSpec = SyntheticSpec | MnistSpec | TableSpec;

export const DEFAULT_DATASET_SPEC: SyntheticSpec = {
  kind: 'circle',
  samples: 400,
  noise: 0.05,
  seed: 1,
  split: { train: 60, validation: 20 },
};

export const DEFAULT_DIGITS = 2_000;

export function isSynthetic(spec: DatasetSpec): spec is SyntheticSpec {
  return SYNTHETIC_IDS.includes(spec.kind as SyntheticKind);
}

export function isTable(spec: DatasetSpec): spec is TableSpec {
  return TABLE_IDS.includes(spec.kind as TableKind);
}

export function isMnist(spec: DatasetSpec): spec is MnistSpec {
  return spec.kind === 'mnist';
}

export function syntheticKind(kind: SyntheticKind) {
  return SYNTHETIC_KINDS.find((k) => k.id === kind) as (typeof SYNTHETIC_KINDS)[number];
}

/** The class-count choice a synthetic kind offers, or null for a fixed count. */
export function classRange(
  kind: SyntheticKind,
): { min: number; max: number; default: number } | null {
  const k = syntheticKind(kind);
  return 'classes' in k ? k.classes : null;
}

/** Number of classes a synthetic spec generates (0 for regression). */
export function syntheticClasses(spec: SyntheticSpec): number {
  const k = syntheticKind(spec.kind);
  if (k.task === 'regression') return 0;
  return spec.classes ?? classRange(spec.kind)?.default ?? 2;
}

/** The user-facing name of any source kind, in the current language. */
export function kindLabel(kind: DatasetSourceKind): string {
  return t(`data:kinds.${kind}.label`);
}

/** What a source kind is, in one line of the current language. */
export function kindHelp(kind: DatasetSourceKind): string {
  return t(`data:kinds.${kind}.help`);
}

/** Test percentage implied by a split. */
export function testPercent(split: SplitSpec): number {
  return 100 - split.train - split.validation;
}

/** One line naming a spec, for messages: "Spiral, 400 samples, seed 1". */
export function describeSpec(spec: DatasetSpec): string {
  if (isTable(spec)) return t('data:describe.table', { name: spec.file.name, label: spec.label });
  if (isMnist(spec))
    return t('data:describe.digits', { n: formatInt(spec.samples), seed: spec.seed });
  return t('data:describe.synthetic', {
    kind: kindLabel(spec.kind),
    n: formatInt(spec.samples),
    seed: spec.seed,
  });
}
