/**
 * Shared pieces of guides' setups: the data specs they start from and the
 * layers they build.
 */
import type { SyntheticKind, SyntheticSpec } from '../data/dataset-spec';
import { defaultLayer } from '../model/layer-kinds';
import type { LayerSpec } from '../model/layer-spec';
import { DEFAULT_EARLY_STOPPING } from '../train/early-stopping';
import { defaultOptimizerSettings, type OptimizerId } from '../train/optimizers';
import { DEFAULT_SCHEDULE } from '../train/schedules';
import type { TrainingConfig } from '../train/training-config';

/** A 2-D set with the app's usual split (60 % train, 20 % validation) unless told. */
export function synthetic(
  kind: SyntheticKind,
  samples: number,
  noise: number,
  split = { train: 60, validation: 20 },
): SyntheticSpec {
  return { kind, samples, noise, seed: 1, split };
}

/**
 * An optimizer with its default settings at `learningRate`, with no
 * schedule, early stopping or clipping left over from before.
 */
export function plainTraining(
  optimizer: OptimizerId,
  learningRate: number,
  rest: Partial<TrainingConfig> = {},
): Partial<TrainingConfig> {
  return {
    optimizer,
    optimizerSettings: defaultOptimizerSettings(optimizer),
    learningRate,
    schedule: DEFAULT_SCHEDULE,
    earlyStopping: DEFAULT_EARLY_STOPPING,
    clip: { kind: 'none', threshold: 1 },
    seed: 42,
    ...rest,
  };
}

/** A Dense layer. ReLU layers start from He initialisation, as the presets' do. */
export function denseLayer(
  id: string,
  units: number,
  activation: 'relu' | 'tanh' = 'relu',
): LayerSpec {
  const base = defaultLayer('dense', id);
  return {
    ...base,
    units,
    activation,
    ...(activation === 'relu' && { init: 'heNormal' }),
  } as LayerSpec;
}
