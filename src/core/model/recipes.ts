/**
 * What each built-in dataset starts with: a preset network and the
 * hyperparameters that learn it, so picking a dataset and pressing Train
 * works without tuning. Tested against each dataset's target in
 * core/model/recipes.test.ts and store/actions/recipe.test.ts. Why each
 * start was chosen is a sentence of the "network" namespace (`recipeWhy`).
 */
import { t } from '../../i18n';
import type { DatasetSourceKind } from '../data/dataset-spec';
import { defaultLoss } from '../train/losses';
import { defaultOptimizerSettings, OPTIMIZERS, type OptimizerId } from '../train/optimizers';
import { DEFAULT_TRAINING, type TrainingConfig } from '../train/training-config';
import { outputHead, type NetworkIO, type NetworkSpec } from './network-spec';
import { presetById, presetLabel, type PresetId } from './presets';

export interface Recipe {
  preset: PresetId;
  /** Epochs when they differ from the preset's: simple sets need fewer. */
  epochs?: number;
  /**
   * Early stopping on, with this patience, keeping the best epoch's weights:
   * for tables, whose few rows a dense network overfits within its epochs
   * (Iris's validation accuracy peaks near epoch 10 of 100, Auto MPG's error
   * near epoch 25).
   */
  stopEarly?: { patience: number };
}

/** Epochs without a better validation loss before a table's run stops. */
const TABLE_PATIENCE = 10;

export const RECIPES = {
  circle: { preset: 'relu-mlp', epochs: 50 },
  xor: { preset: 'relu-mlp', epochs: 50 },
  gaussians: { preset: 'relu-mlp', epochs: 30 },
  spiral: { preset: 'relu-mlp' },
  moons: { preset: 'relu-mlp', epochs: 50 },
  checkerboard: { preset: 'deep-mlp', epochs: 200 },
  blobs: { preset: 'relu-mlp', epochs: 50 },
  plane: { preset: 'relu-mlp', epochs: 50 },
  hills: { preset: 'relu-mlp' },
  mnist: { preset: 'image-mlp' },
  iris: { preset: 'table-mlp', stopEarly: { patience: TABLE_PATIENCE } },
  'auto-mpg': { preset: 'table-mlp', stopEarly: { patience: TABLE_PATIENCE } },
  csv: { preset: 'table-mlp', stopEarly: { patience: TABLE_PATIENCE } },
} as const satisfies Record<DatasetSourceKind, Recipe>;

/** A network and its hyperparameters. */
export interface Setup {
  network: NetworkSpec;
  training: TrainingConfig;
}

/** Hyperparameters of `preset` for `optimizer`, on top of `base`. */
export function presetTraining(
  presetId: PresetId,
  optimizer: OptimizerId,
  base: TrainingConfig = DEFAULT_TRAINING,
): TrainingConfig {
  const t = presetById(presetId).training;
  return {
    ...base,
    optimizer,
    optimizerSettings: defaultOptimizerSettings(optimizer),
    learningRate: t.learningRate[optimizer],
    batchSize: t.batchSize,
    epochs: t.epochs,
  };
}

/**
 * The setup `kind` starts with on data of shape `io`: the recipe's preset,
 * Adam at the preset's rate, the loss the output implies.
 * @param ids layer ids (fresh ones when omitted)
 */
export function recipeSetup(kind: DatasetSourceKind, io: NetworkIO, ids?: () => string): Setup {
  const recipe: Recipe = RECIPES[kind];
  const preset = presetById(recipe.preset);
  const network: NetworkSpec = { layers: preset.build(io.inputShape, ids), binaryHead: 'softmax' };
  const training = presetTraining(recipe.preset, 'adam');
  return {
    network,
    training: {
      ...training,
      epochs: recipe.epochs ?? training.epochs,
      loss: defaultLoss(outputHead(network, io.task)),
      ...(recipe.stopEarly && {
        earlyStopping: {
          ...training.earlyStopping,
          enabled: true,
          patience: recipe.stopEarly.patience,
          restoreBest: true,
        },
      }),
    },
  };
}

/** Why a dataset starts with its recipe, in a sentence in the current language. */
export const recipeWhy = (kind: DatasetSourceKind): string => t(`network:recipes.${kind}`);

/**
 * A one-line description of a preset's settings: "ReLU MLP, Adam at 0.01, batch 16, 50 epochs",
 * with early stopping where it is on.
 */
export function describeSetup(presetId: PresetId, training: TrainingConfig): string {
  const words = {
    preset: presetLabel(presetId),
    optimizer: OPTIMIZERS[training.optimizer].label,
    rate: training.learningRate,
    batch: training.batchSize,
    epochs: training.epochs,
  };
  const stop = training.earlyStopping;
  return stop.enabled
    ? t('network:notice.setupStopEarly', { ...words, patience: stop.patience })
    : t('network:notice.setup', words);
}
