/**
 * The one zustand store. It holds plain data only: specs, records, messages.
 * Tensors and the live model stay in the engine. Actions live in
 * actions/*.ts as plain functions over `useStore.getState()/setState()`.
 */
import { create } from 'zustand';
import { buildDataset, type Dataset } from '../core/data/dataset';
import { DEFAULT_DATASET_SPEC, type DatasetSpec } from '../core/data/dataset-spec';
import type { SavedModelInfo } from '../core/io/model-meta';
import { DEFAULT_NETWORK, type NetworkSpec } from '../core/model/network-spec';
import type { EpochRecord, TrainProgress, TrainState } from '../core/train/history';
import { DEFAULT_TRAINING, type TrainingConfig } from '../core/train/training-config';
import type { LoadedModel } from '../engine/describe-model';
import type { EngineMode } from '../worker/engine-client';

export type Notice = { kind: 'info' | 'error'; text: string } | null;

/** The model the engine holds now, and what it was trained for. */
export interface CurrentModel {
  source: 'trained' | 'browser' | 'file';
  /** Name it was saved or loaded under, if any. */
  name: string | null;
  network: NetworkSpec;
  dataset: DatasetSpec;
  training: TrainingConfig;
  /** Architecture as tfjs reports it, for loaded models. */
  loaded: LoadedModel | null;
  /** False for models from elsewhere: they can predict but not continue training here. */
  trainable: boolean;
}

export interface EngineStatus {
  status: 'starting' | 'ready' | 'failed';
  mode: EngineMode | null;
  backend: string | null;
  renderer: string | null;
  note: string | null;
}

export interface AppState {
  engine: EngineStatus;

  datasetSpec: DatasetSpec;
  /** The last valid spec's data, for drawing. */
  dataset: Dataset;
  datasetError: string | null;

  network: NetworkSpec;
  training: TrainingConfig;

  trainState: TrainState;
  history: EpochRecord[];
  progress: TrainProgress | null;
  trainMessage: Notice;
  model: CurrentModel | null;

  saved: SavedModelInfo[];
  modelsBusy: boolean;
  modelsMessage: Notice;

  probe: { x: number; y: number };
  /** Class probabilities at the point they were computed for. */
  probeOutput: { x: number; y: number; values: number[] } | null;
  probeError: string | null;
}

export const initialState = (): AppState => ({
  engine: { status: 'starting', mode: null, backend: null, renderer: null, note: null },
  datasetSpec: DEFAULT_DATASET_SPEC,
  dataset: buildDataset(DEFAULT_DATASET_SPEC),
  datasetError: null,
  network: DEFAULT_NETWORK,
  training: DEFAULT_TRAINING,
  trainState: 'idle',
  history: [],
  progress: null,
  trainMessage: null,
  model: null,
  saved: [],
  modelsBusy: false,
  modelsMessage: null,
  probe: { x: 0.5, y: 0.5 },
  probeOutput: null,
  probeError: null,
});

export const useStore = create<AppState>()(initialState);
