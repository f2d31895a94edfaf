/**
 * Test data for the model I/O tests (core and engine). Not used by the app.
 */
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { DEFAULT_NETWORK } from '../model/network-spec';
import type { EpochRecord } from '../train/history';
import { DEFAULT_TRAINING } from '../train/training-config';
import { finalMetrics, MODEL_FORMAT_VERSION, type ModelMeta } from './model-meta';

export const history: EpochRecord[] = [1, 2, 3].map((epoch) => ({
  epoch,
  loss: 1 / epoch,
  acc: 0.5 + epoch / 10,
  valLoss: 1.1 / epoch,
  valAcc: 0.25 * epoch,
  learningRate: 0.03,
  elapsedMs: epoch * 100,
}));

export const sampleMeta = (name = 'circle-8x8'): ModelMeta => ({
  formatVersion: MODEL_FORMAT_VERSION,
  name,
  createdAt: '2025-01-02T03:04:05.000Z',
  savedAt: '2025-01-03T03:04:05.000Z',
  dataset: DEFAULT_DATASET_SPEC,
  scaling: { offset: [0.1, -0.2], scale: [2, 3] },
  network: DEFAULT_NETWORK,
  training: DEFAULT_TRAINING,
  history,
  finalMetrics: finalMetrics(history),
  backend: 'webgl',
  totalParams: 114,
  optimizerState: true,
});
