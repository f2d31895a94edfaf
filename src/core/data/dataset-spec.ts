/**
 * The dataset spec: the plain, serialisable description of the data a run
 * trains on. A saved model or a shared link carries this spec, and
 * `buildDataset` recreates exactly the same points from it.
 */
import { z } from 'zod';

/** Built-in 2-D classification generators, declared once for the UI and the code. */
export const DATASET_KINDS = [
  { id: 'circle', label: 'Circle', help: 'A disc of one class inside a ring of the other.' },
  { id: 'xor', label: 'XOR', help: 'Opposite quadrants share a class: not linearly separable.' },
  {
    id: 'gaussians',
    label: 'Two Gaussians',
    help: 'Two blobs; noise makes them overlap. A single linear unit can separate them.',
  },
  { id: 'spiral', label: 'Spiral', help: 'Two interleaved arms: needs depth and patience.' },
] as const;

export type DatasetKind = (typeof DATASET_KINDS)[number]['id'];

const KIND_IDS = DATASET_KINDS.map((k) => k.id) as [DatasetKind, ...DatasetKind[]];

export const SAMPLES_MIN = 20;
export const SAMPLES_MAX = 10_000;
/** Noise is the standard deviation of the jitter, as a fraction of the data's radius. */
export const NOISE_MAX = 0.5;

/** Split percentages. Test is what is left after train and validation. */
export const splitSchema = z
  .object({
    train: z.number().int().min(10).max(90),
    validation: z.number().int().min(5).max(50),
  })
  .refine((s) => s.train + s.validation <= 100, {
    message: 'Train and validation together must be at most 100%.',
  });

export type SplitSpec = z.infer<typeof splitSchema>;

export const datasetSpecSchema = z.object({
  kind: z.enum(KIND_IDS),
  samples: z.number().int().min(SAMPLES_MIN).max(SAMPLES_MAX),
  noise: z.number().min(0).max(NOISE_MAX),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  split: splitSchema,
});

export type DatasetSpec = z.infer<typeof datasetSpecSchema>;

export const DEFAULT_DATASET_SPEC: DatasetSpec = {
  kind: 'circle',
  samples: 400,
  noise: 0.1,
  seed: 1,
  split: { train: 60, validation: 20 },
};

/** Test percentage implied by a split. */
export function testPercent(split: SplitSpec): number {
  return 100 - split.train - split.validation;
}
