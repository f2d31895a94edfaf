/**
 * Hyperparameters of a run, as plain data the UI edits and a saved model
 * carries. Validated once here; the engine trusts what passes.
 */
import { z } from 'zod';
import { DEFAULT_EARLY_STOPPING, earlyStoppingSchema } from './early-stopping';
import { LOSS_IDS } from './losses';
import { defaultOptimizerSettings, OPTIMIZER_IDS, optimizerSettingProblems } from './optimizers';
import { DEFAULT_SCHEDULE, scheduleSchema } from './schedules';

export const LEARNING_RATE_MIN = 1e-6;
export const LEARNING_RATE_MAX = 100;
export const BATCH_SIZE_MAX = 10_000;
export const EPOCHS_MAX = 5_000;

export const CLIP_KINDS = [
  { id: 'none', label: 'None', help: 'Gradients are used as computed.' },
  { id: 'value', label: 'By value', help: 'Clamp every gradient component to [−c, c].' },
  {
    id: 'norm',
    label: 'By norm',
    help: 'Rescale each weight tensor’s gradient so its L2 norm is at most c (Keras’s clipnorm): keeps the direction, caps the size.',
  },
] as const;

const clipSchema = z.object({
  kind: z.enum(['none', 'value', 'norm']),
  threshold: z.number().gt(0, 'The clipping threshold must be above 0.').max(1e6),
});

export const trainingConfigSchema = z.object({
  optimizer: z.enum(OPTIMIZER_IDS),
  /** The optimizer's own settings (momentum, β₁, ...), keyed as in core/train/optimizers. */
  optimizerSettings: z.record(z.string(), z.union([z.number(), z.boolean()])),
  learningRate: z
    .number({ error: 'Learning rate must be a number.' })
    .min(LEARNING_RATE_MIN, `Learning rate must be at least ${LEARNING_RATE_MIN}.`)
    .max(LEARNING_RATE_MAX, `Learning rate must be at most ${LEARNING_RATE_MAX}.`),
  loss: z.enum(LOSS_IDS),
  /** Huber loss: where squared error turns into absolute error. */
  huberDelta: z.number().gt(0, 'Huber δ must be above 0.').max(1e6),
  batchSize: z
    .number({ error: 'Batch size must be a number.' })
    .int('Batch size must be a whole number.')
    .min(1, 'Batch size must be at least 1.')
    .max(BATCH_SIZE_MAX, `Batch size must be at most ${BATCH_SIZE_MAX}.`),
  epochs: z
    .number({ error: 'Epochs must be a number.' })
    .int('Epochs must be a whole number.')
    .min(1, 'Train for at least 1 epoch.')
    .max(EPOCHS_MAX, `At most ${EPOCHS_MAX} epochs per run.`),
  /** Reshuffle the training set every epoch. */
  shuffle: z.boolean(),
  /** Seeds weight initialisation and the per-epoch shuffle. */
  seed: z
    .number({ error: 'Seed must be a number.' })
    .int('Seed must be a whole number.')
    .min(0, 'Seed cannot be negative.')
    .max(2 ** 31 - 1),
  schedule: scheduleSchema,
  earlyStopping: earlyStoppingSchema,
  clip: clipSchema,
});

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;

export const DEFAULT_TRAINING: TrainingConfig = {
  optimizer: 'adam',
  optimizerSettings: defaultOptimizerSettings('adam'),
  learningRate: 0.03,
  loss: 'categoricalCrossentropy',
  huberDelta: 1,
  batchSize: 16,
  epochs: 50,
  shuffle: true,
  seed: 42,
  schedule: DEFAULT_SCHEDULE,
  earlyStopping: DEFAULT_EARLY_STOPPING,
  clip: { kind: 'none', threshold: 1 },
};

/** Problems with a config, as messages for the UI. Empty when valid. */
export function trainingProblems(config: TrainingConfig): string[] {
  const parsed = trainingConfigSchema.safeParse(config);
  const out = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  return [...out, ...optimizerSettingProblems(config.optimizer, config.optimizerSettings ?? {})];
}

/** What batch gradient descent is called at this batch size. */
export function batchMode(batchSize: number, trainSamples: number): string {
  if (batchSize <= 1) return 'stochastic gradient descent: one sample per step';
  if (batchSize >= trainSamples) return 'batch gradient descent: the whole training set per step';
  return `mini-batch: ${Math.ceil(trainSamples / batchSize)} steps per epoch`;
}
