/**
 * Hyperparameters of a run, as plain data the UI edits and a saved model
 * carries. Validated once here; the engine trusts what passes.
 */
import { z } from 'zod';
import { OPTIMIZER_IDS } from './optimizers';

export const LEARNING_RATE_MIN = 1e-6;
export const LEARNING_RATE_MAX = 100;
export const BATCH_SIZE_MAX = 10_000;
export const EPOCHS_MAX = 5_000;

export const trainingConfigSchema = z.object({
  optimizer: z.enum(OPTIMIZER_IDS),
  learningRate: z
    .number({ error: 'Learning rate must be a number.' })
    .gt(0, 'Learning rate must be above 0.')
    .min(LEARNING_RATE_MIN, `Learning rate must be at least ${LEARNING_RATE_MIN}.`)
    .max(LEARNING_RATE_MAX, `Learning rate must be at most ${LEARNING_RATE_MAX}.`),
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
  /** Seeds weight initialisation and the per-epoch shuffle. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;

export const DEFAULT_TRAINING: TrainingConfig = {
  optimizer: 'adam',
  learningRate: 0.03,
  batchSize: 16,
  epochs: 50,
  seed: 42,
};

/** Problems with a config, as messages for the UI. Empty when valid. */
export function trainingProblems(config: TrainingConfig): string[] {
  const parsed = trainingConfigSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

/** What batch gradient descent is called at this batch size. */
export function batchMode(batchSize: number, trainSamples: number): string {
  if (batchSize <= 1) return 'stochastic (one sample per step)';
  if (batchSize >= trainSamples) return 'full batch (whole training set per step)';
  return `mini-batch (${Math.ceil(trainSamples / batchSize)} steps per epoch)`;
}
