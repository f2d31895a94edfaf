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

const count = (n: number): string => n.toLocaleString('en-US');

/** Split percentages. Test is what is left after train and validation. */
const splitSchema = z
  .object({
    train: z.number().int().min(10).max(90),
    validation: z.number().int().min(5).max(50),
  })
  .refine((s) => s.train + s.validation <= 100, {
    message: 'Train and validation together must be at most 100%.',
  });

export type SplitSpec = z.infer<typeof splitSchema>;

const columnNameTooLong = `A column name has at most ${COLUMN_NAME_MAX} characters.`;

const seedSchema = z
  .number()
  .int('The seed must be a whole number.')
  .min(0, 'The seed cannot be negative.')
  .max(2 ** 31 - 1, `The seed must be at most ${count(2 ** 31 - 1)}.`);

const syntheticSpecSchema = z
  .object({
    kind: z.enum(SYNTHETIC_IDS),
    samples: z
      .number()
      .int('Samples must be a whole number.')
      .min(SAMPLES_MIN, `At least ${SAMPLES_MIN} samples.`)
      .max(SAMPLES_MAX, `At most ${count(SAMPLES_MAX)} samples.`),
    noise: z
      .number()
      .min(0, 'Noise cannot be negative.')
      .max(NOISE_MAX, `Noise must be at most ${NOISE_MAX}.`),
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
        message: `${kindLabel(s.kind)} has a fixed number of classes.`,
      });
    } else if (s.classes < range.min || s.classes > range.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['classes'],
        message: `${kindLabel(s.kind)} takes ${range.min} to ${range.max} classes.`,
      });
    }
  });

export type SyntheticSpec = z.infer<typeof syntheticSpecSchema>;

const mnistSpecSchema = z.object({
  kind: z.literal('mnist'),
  /** How many of the shipped digits to use (a seeded random subset). */
  samples: z
    .number()
    .int('The number of digits must be whole.')
    .min(DIGITS_MIN, `At least ${DIGITS_MIN} digits.`)
    .max(DIGITS_MAX, `At most ${count(DIGITS_MAX)} digits.`),
  seed: seedSchema,
  split: splitSchema,
});

export type MnistSpec = z.infer<typeof mnistSpecSchema>;

export type ScalingMethod = (typeof SCALING_METHODS)[number]['id'];

/** Which file a table spec was built from: the hash identifies its content. */
const tableFileSchema = z.object({
  name: z.string().min(1).max(260, 'A file name has at most 260 characters.'),
  /** Content hash of the parsed cells (see core/data/hash.ts), 16 hex digits. */
  hash: z.string().regex(/^[0-9a-f]{16}$/, 'Expected a 16-digit hex hash.'),
  /** Data rows in the file (without the header). */
  rows: z
    .number()
    .int()
    .min(1)
    .max(TABLE_ROWS_MAX, `A table has at most ${count(TABLE_ROWS_MAX)} rows.`),
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
      .min(1, 'Choose at least one feature column.')
      .max(FEATURES_MAX, `At most ${count(FEATURES_MAX)} feature columns.`),
    task: z.enum(['classification', 'regression']),
    missing: z.enum(['drop', 'fill']),
    scaling: z.enum(['none', 'standardize', 'minmax']),
    seed: seedSchema,
    split: splitSchema,
  })
  .refine((s) => !s.features.includes(s.label), {
    message: 'The label column cannot also be a feature.',
    path: ['features'],
  })
  .refine((s) => new Set(s.features).size === s.features.length, {
    message: 'A feature column is listed twice.',
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

/** The user-facing name of any source kind. */
export function kindLabel(kind: DatasetSourceKind): string {
  if (kind === 'mnist') return MNIST_INFO.label;
  const table = TABLE_KINDS.find((k) => k.id === kind);
  if (table) return table.label;
  return syntheticKind(kind as SyntheticKind).label;
}

/** Test percentage implied by a split. */
export function testPercent(split: SplitSpec): number {
  return 100 - split.train - split.validation;
}

/** One line naming a spec, for messages: "Spiral, 400 samples, seed 1". */
export function describeSpec(spec: DatasetSpec): string {
  if (isTable(spec)) return `${spec.file.name} (label ${spec.label})`;
  if (isMnist(spec)) return `${spec.samples.toLocaleString('en-US')} digits, seed ${spec.seed}`;
  return `${kindLabel(spec.kind)}, ${spec.samples.toLocaleString('en-US')} samples, seed ${spec.seed}`;
}
