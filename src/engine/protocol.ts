/**
 * The plain-data messages between the engine and the page. Nothing here
 * holds a tensor; everything survives structured cloning.
 */
import type { DatasetSpec } from '../core/data/dataset-spec';
import type { NetworkSpec } from '../core/model/network-spec';
import type { BatchRecord, EpochRecord, TrainProgress, TrainState } from '../core/train/history';
import type { TrainingConfig } from '../core/train/training-config';
import type { WeightSummary } from './weight-stats';

export interface TrainRequest {
  /** Key of the data sent with Engine.setDataset. */
  datasetKey: string;
  dataset: DatasetSpec;
  network: NetworkSpec;
  training: TrainingConfig;
  /** Continue the current model if it fits, rather than starting fresh. */
  continue: boolean;
}

export interface TrainResult {
  outcome: 'done' | 'stopped' | 'early-stopped' | 'diverged' | 'failed';
  message: string | null;
}

export type EngineEvent =
  | { type: 'epoch'; record: EpochRecord }
  | { type: 'batches'; records: BatchRecord[] }
  | { type: 'progress'; progress: TrainProgress }
  /** Histograms of every layer's weights after an epoch (0 = initial weights). */
  | { type: 'weights'; summary: WeightSummary }
  | { type: 'state'; state: TrainState; message?: string | null };
