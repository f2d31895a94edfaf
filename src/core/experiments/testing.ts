/** Run records for tests (not imported by the app). */
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { DEFAULT_NETWORK } from '../model/network-spec';
import type { BatchRecord, EpochRecord } from '../train/history';
import { DEFAULT_TRAINING } from '../train/training-config';
import type { RunConfig } from './run-config';
import { RUN_RECORD_VERSION, type RunRecord } from './run-record';

export const sampleConfig = (): RunConfig => ({
  dataset: DEFAULT_DATASET_SPEC,
  network: DEFAULT_NETWORK,
  training: { ...DEFAULT_TRAINING, epochs: 3 },
  backend: 'cpu',
});

/** A classification epoch whose validation accuracy rises to 0.9 at epoch 5, then falls back. */
export const epochAt = (epoch: number): EpochRecord => ({
  epoch,
  loss: 1 / epoch,
  acc: 0.5 + epoch / 100,
  valLoss: Math.abs(epoch - 5) / 10 + 0.2,
  valAcc: 0.9 - Math.abs(epoch - 5) / 100,
  learningRate: 0.01,
  elapsedMs: epoch * 100,
});

export const batchAt = (step: number): BatchRecord => ({
  step,
  epoch: Math.ceil(step / 10),
  loss: 1 / step,
  metric: 0.5,
  learningRate: 0.01,
  elapsedMs: step * 10,
});

export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const sampleRun = (over: Partial<RunRecord> = {}): RunRecord => ({
  version: RUN_RECORD_VERSION,
  id: 'run-1',
  name: 'Run 1',
  colour: 0,
  startedAt: 1_700_000_000_000,
  config: sampleConfig(),
  status: 'done',
  message: null,
  backend: 'cpu',
  continuedFrom: null,
  modelName: null,
  sweepId: null,
  epochs: range(1, 3).map(epochAt),
  batches: range(1, 30).map(batchAt),
  durationMs: 300,
  ...over,
});
