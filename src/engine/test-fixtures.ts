/**
 * A small run the engine's tests share: the XOR set, a 92-parameter MLP
 * (2·8+8 + 8·6+6 + 6·2+2) and Adam settings that learn it in a few epochs.
 * Plain specs, for tests only.
 */
import type { DatasetSpec } from '../core/data/dataset-spec';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec, NetworkSpec } from '../core/model/network-spec';
import { DEFAULT_TRAINING, type TrainingConfig } from '../core/train/training-config';

export const XOR_SPEC: DatasetSpec = {
  kind: 'xor',
  samples: 200,
  noise: 0,
  seed: 3,
  split: { train: 70, validation: 15 },
};

export const denseLayer = (id: string, units: number, activation: string): LayerSpec =>
  ({ ...defaultLayer('dense', id), units, activation }) as LayerSpec;

export const SMALL_MLP: NetworkSpec = {
  layers: [denseLayer('a', 8, 'tanh'), denseLayer('b', 6, 'relu')],
  binaryHead: 'softmax',
};

/** Adam at 0.05, batch 16, seed 1, for `epochs` epochs. */
export const smallRunConfig = (epochs: number): TrainingConfig => ({
  ...DEFAULT_TRAINING,
  optimizer: 'adam',
  learningRate: 0.05,
  batchSize: 16,
  epochs,
  seed: 1,
});
