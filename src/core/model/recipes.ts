/**
 * What each built-in dataset starts with: a preset network and the
 * hyperparameters that learn it, so picking a dataset and pressing Train
 * works without tuning. Tested against each dataset's target in
 * core/model/recipes.test.ts and store/actions/recipe.test.ts.
 */
import type { DatasetSourceKind } from '../data/dataset-spec';
import { defaultLoss } from '../train/losses';
import { defaultOptimizerSettings, OPTIMIZERS, type OptimizerId } from '../train/optimizers';
import { DEFAULT_TRAINING, type TrainingConfig } from '../train/training-config';
import { outputHead, type NetworkIO, type NetworkSpec } from './network-spec';
import { presetById, type PresetId } from './presets';

export interface Recipe {
  preset: PresetId;
  /** Epochs when they differ from the preset's: simple sets need fewer. */
  epochs?: number;
  /** Why this start, in a sentence the page shows. */
  why: string;
}

export const RECIPES = {
  circle: { preset: 'relu-mlp', epochs: 50, why: 'A ring around a disc: two small ReLU layers.' },
  xor: { preset: 'relu-mlp', epochs: 50, why: 'Four quadrants: two small ReLU layers.' },
  gaussians: {
    preset: 'relu-mlp',
    epochs: 30,
    why: 'Two blobs are almost linearly separable: learnt in a few epochs.',
  },
  spiral: {
    preset: 'relu-mlp',
    why: 'Interleaved arms need many small regions: ReLU units give them.',
  },
  moons: { preset: 'relu-mlp', epochs: 50, why: 'A curved boundary: two small ReLU layers.' },
  checkerboard: {
    preset: 'deep-mlp',
    epochs: 200,
    why: 'Sixteen squares need many straight cuts: four ReLU layers and patience.',
  },
  blobs: { preset: 'relu-mlp', epochs: 50, why: 'Round clusters: a small ReLU net and softmax.' },
  plane: { preset: 'relu-mlp', epochs: 50, why: 'A tilted plane: a small ReLU net fits it.' },
  hills: { preset: 'relu-mlp', why: 'A bumpy surface: ReLU units approximate it piece by piece.' },
  mnist: {
    preset: 'image-mlp',
    why: 'Flattened pixels and two ReLU layers learn the digits in seconds on any backend; try a CNN preset next.',
  },
  iris: { preset: 'table-mlp', why: 'Four measurements per flower: a small dense network.' },
  'auto-mpg': {
    preset: 'table-mlp',
    why: 'A few numbers per car: a small dense network, targets scaled.',
  },
  csv: { preset: 'table-mlp', why: 'Rows of values: a small dense network to start from.' },
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
    },
  };
}

/** A one-line description of a preset's settings: "ReLU MLP, Adam at 0.01, batch 16, 50 epochs". */
export function describeSetup(presetId: PresetId, training: TrainingConfig): string {
  const optimizer = OPTIMIZERS[training.optimizer].label;
  return `${presetById(presetId).label}, ${optimizer} at ${training.learningRate}, batch ${training.batchSize}, ${training.epochs} epochs`;
}
