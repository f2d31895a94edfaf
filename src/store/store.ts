/**
 * The one zustand store. It holds plain data only: specs, records, messages.
 * Tensors and the live model stay in the engine. Actions live in
 * actions/*.ts as plain functions over `useStore.getState()/setState()`.
 */
import { create } from 'zustand';
import { buildDataset, type Dataset } from '../core/data/dataset';
import {
  DEFAULT_DATASET_SPEC,
  type DatasetSourceKind,
  type DatasetSpec,
  type TableSpec,
} from '../core/data/dataset-spec';
import type { TableSummary } from '../core/data/table';
import type { TableReport } from '../core/data/table-build';
import type { DamagedModelInfo, SavedModelInfo } from '../core/io/model-meta';
import { DEFAULT_NETWORK, type NetworkSpec } from '../core/model/network-spec';
import type { BatchRecord, EpochRecord, TrainProgress, TrainState } from '../core/train/history';
import { DEFAULT_TRAINING, type TrainingConfig } from '../core/train/training-config';
import type { LoadedModel } from '../engine/describe-model';
import type { Evaluation } from '../engine/model-eval';
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

/** A dataset being fetched or built off the main thread. */
export interface DataLoading {
  /** What it will become, or null while a file is still being read. */
  spec: DatasetSpec | null;
  /** The source chosen, known before its spec is. */
  kind: DatasetSourceKind | null;
  /** For the status line: "Loading digits…". */
  label: string;
  /** The datasetSpec when it started; a load is stale once that changes. */
  base: DatasetSpec;
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
  /** A dataset being loaded or built, or null. */
  dataLoading: DataLoading | null;
  /** The last data message: a refused file, a failed load. */
  dataMessage: Notice;
  /** Tables read this session (shipped and uploaded), by content hash: columns and preview. */
  tables: Record<string, TableSummary>;
  /** How the current table dataset was built (rows dropped or filled, classes), or null. */
  tableReport: TableReport | null;
  /** Table choices that could not be applied, and why; the data in use is unchanged. */
  tableDraft: { spec: TableSpec; error: string; base: DatasetSpec } | null;
  /** A saved model's CSV spec, waiting for its file to be uploaded again. */
  awaitingUpload: TableSpec | null;
  /** The last uploaded CSV's spec that was used, for the Dataset menu. */
  lastCsv: TableSpec | null;

  network: NetworkSpec;
  /** Undo / redo stacks of network edits, oldest first / next first. */
  networkPast: NetworkSpec[];
  networkFuture: NetworkSpec[];
  training: TrainingConfig;

  trainState: TrainState;
  history: EpochRecord[];
  /** Every optimisation step of the current model (charts downsample for drawing). */
  batchHistory: BatchRecord[];
  progress: TrainProgress | null;
  trainMessage: Notice;
  model: CurrentModel | null;

  saved: SavedModelInfo[];
  /** Saved records that fail their checks: shown so they can be deleted. */
  savedDamaged: DamagedModelInfo[];
  modelsBusy: boolean;
  modelsMessage: Notice;
  /** The last deleted model, while its deletion can be undone. */
  undoDelete: { name: string; token: string } | null;
  /** navigator.storage.estimate() in bytes; persisted is null where the browser cannot say. */
  storage: { usage: number; quota: number; persisted: boolean | null } | null;
  /** An evaluation, and the model and data it was for (shown only while both are current). */
  evaluation: { result: Evaluation; model: CurrentModel; dataset: DatasetSpec } | null;

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
  dataLoading: null,
  dataMessage: null,
  tables: {},
  tableReport: null,
  tableDraft: null,
  awaitingUpload: null,
  lastCsv: null,
  network: DEFAULT_NETWORK,
  networkPast: [],
  networkFuture: [],
  training: DEFAULT_TRAINING,
  trainState: 'idle',
  history: [],
  batchHistory: [],
  progress: null,
  trainMessage: null,
  model: null,
  saved: [],
  savedDamaged: [],
  modelsBusy: false,
  modelsMessage: null,
  undoDelete: null,
  storage: null,
  evaluation: null,
  probe: { x: 0.5, y: 0.5 },
  probeOutput: null,
  probeError: null,
});

export const useStore = create<AppState>()(initialState);
