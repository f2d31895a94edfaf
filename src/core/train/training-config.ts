/**
 * Hyperparameters of a run, as plain data the UI edits and a saved model
 * carries. Validated once here; the engine trusts what passes.
 */
import { z } from 'zod';
import { t } from '../../i18n';
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
  threshold: z
    .number()
    .gt(0, { error: () => t('training:problems.clipThreshold') })
    .max(1e6),
});

export const trainingConfigSchema = z.object({
  optimizer: z.enum(OPTIMIZER_IDS),
  /** The optimizer's own settings (momentum, β₁, ...), keyed as in core/train/optimizers. */
  optimizerSettings: z.record(z.string(), z.union([z.number(), z.boolean()])),
  learningRate: z
    .number({ error: () => t('training:problems.lrNumber') })
    .min(LEARNING_RATE_MIN, {
      error: () => t('training:problems.lrMin', { min: LEARNING_RATE_MIN }),
    })
    .max(LEARNING_RATE_MAX, {
      error: () => t('training:problems.lrMax', { max: LEARNING_RATE_MAX }),
    }),
  loss: z.enum(LOSS_IDS),
  /** Huber loss: where squared error turns into absolute error. */
  huberDelta: z
    .number()
    .gt(0, { error: () => t('training:problems.huberDelta') })
    .max(1e6),
  batchSize: z
    .number({ error: () => t('training:problems.batchNumber') })
    .int({ error: () => t('training:problems.batchInt') })
    .min(1, { error: () => t('training:problems.batchMin') })
    .max(BATCH_SIZE_MAX, {
      error: () => t('training:problems.batchMax', { max: BATCH_SIZE_MAX }),
    }),
  epochs: z
    .number({ error: () => t('training:problems.epochsNumber') })
    .int({ error: () => t('training:problems.epochsInt') })
    .min(1, { error: () => t('training:problems.epochsMin') })
    .max(EPOCHS_MAX, { error: () => t('training:problems.epochsMax', { max: EPOCHS_MAX }) }),
  /** Reshuffle the training set every epoch. */
  shuffle: z.boolean(),
  /** Seeds weight initialisation and the per-epoch shuffle. */
  seed: z
    .number({ error: () => t('training:problems.seedNumber') })
    .int({ error: () => t('training:problems.seedInt') })
    .min(0, { error: () => t('training:problems.seedMin') })
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
  if (batchSize <= 1) return t('training:hyper.batchModes.stochastic');
  if (batchSize >= trainSamples) return t('training:hyper.batchModes.batch');
  return t('training:hyper.batchModes.mini', { steps: Math.ceil(trainSamples / batchSize) });
}
