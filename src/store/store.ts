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
import { datasetIO, type NetworkSpec } from '../core/model/network-spec';
import type { PresetId } from '../core/model/presets';
import { RECIPES, recipeSetup } from '../core/model/recipes';
import type { BatchRecord, EpochRecord, TrainProgress, TrainState } from '../core/train/history';
import type { TrainingConfig } from '../core/train/training-config';
import type { LoadedModel } from '../worker/protocol';
import type { Evaluation } from '../worker/protocol';
import type { TestEvaluationSummary } from '../core/io/model-meta';
import type { Metrics } from '../core/metrics';
import type { SplitPredictions } from '../worker/protocol';
import type { WeightSummary } from '../worker/protocol';
import type { EngineMode } from '../worker/protocol';
import type { BackendName, BackendPreference, ProbeEntry } from '../worker/protocol';
import { DEFAULT_BOUNDARY_VIEW, type BoundaryView } from '../core/insight/grid';
import type { GridResult } from '../worker/protocol';

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
  /** The tfjs backend the model and data live on ('webgl', 'wasm', 'cpu', 'webgpu'). */
  backend: string | null;
  renderer: string | null;
  note: string | null;
  /** Backends the engine can offer, in the order the UI lists them. */
  available?: BackendName[];
  /** Why this backend: Auto's verdict, "pinned", or why the choice could not be used. */
  backendReason?: string | null;
  /** Auto's timings from the last probe, shown with the reason. */
  probe?: ProbeEntry[] | null;
  /** True while Auto is timing the backends. */
  probing?: boolean;
}

/**
 * The starting point last applied (a dataset's recipe or a preset): while the
 * network and settings still equal it, picking another dataset replaces them
 * with that dataset's recipe; once edited, they are the user's and stay.
 */
export interface Setup {
  /** The dataset it was made for. */
  kind: DatasetSourceKind;
  preset: PresetId;
  network: NetworkSpec;
  training: TrainingConfig;
}

export interface AppState {
  engine: EngineStatus;
  /** The backend the next run uses: Auto or a pinned one (`?backend=` sets it at start-up). */
  backendPreference: BackendPreference;

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
  /** The starting point last applied. */
  setup: Setup;
  /** What the last recipe or preset set, for the network panel; null once dismissed. */
  setupNotice: string | null;

  trainState: TrainState;
  history: EpochRecord[];
  /** Every optimisation step of the current model (charts downsample for drawing). */
  batchHistory: BatchRecord[];
  progress: TrainProgress | null;
  /** Weight histograms of the current model, oldest first (epoch 0 = initial weights); thinned to at most 200. */
  weightHistory: WeightSummary[];
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
  /**
   * The last "Evaluate on test set" (store/actions/evaluate.ts), and the model
   * and data it was for: shown only while both are current.
   */
  testEvaluation: {
    /** The numbers, as saved with the model. */
    summary: TestEvaluationSummary;
    /** Everything shown, counted in core/metrics.ts. */
    metrics: Metrics;
    /** Per-sample predictions for browsing examples; null when read from a saved model. */
    predictions: SplitPredictions | null;
    /** How the loss was computed, when the user should know (logits), or null. */
    note: string | null;
    model: CurrentModel;
    dataset: DatasetSpec;
    /** Read from the saved model ("evaluated when saved") rather than computed now. */
    fromSaved: boolean;
  } | null;
  /** True while the test split is being evaluated. */
  evaluating: boolean;
  /** The Evaluate panel's last message (why it could not evaluate), or null. */
  evaluateMessage: Notice;

  probe: { x: number; y: number };
  /** Class probabilities at the point they were computed for. */
  probeOutput: { x: number; y: number; values: number[] } | null;
  probeError: string | null;
  /** The drawn digit's class probabilities (values) or why there are none (error), for `model`. */
  digitPrediction: { model: CurrentModel; values: number[] | null; error: string | null } | null;
  /** The tabular form's prediction (class probabilities or target values) or its error, for `model`. */
  recordPrediction: { model: CurrentModel; values: number[] | null; error: string | null } | null;
  /**
   * The last batch prediction of an uploaded CSV: the file to download (null when
   * no row could be predicted), a summary, and the file's or rows' problems.
   */
  batchPrediction: {
    model: CurrentModel | null;
    fileName: string;
    csv: string | null;
    summary: string | null;
    error: string | null;
  } | null;
  /** True while a batch file is read and predicted. */
  batchBusy: boolean;

  /**
   * The model's outputs over the 2-D plane and what they were computed for
   * (store/actions/boundary.ts); drawn only while that model and data are current.
   */
  boundary: {
    grid: GridResult;
    model: CurrentModel;
    dataset: Dataset;
    /** Optimisation steps trained when it was computed. */
    step: number;
    /** The epoch that step belongs to, and how many epochs were complete then. */
    epoch: number;
    epochsDone: number;
    /** Computed while not training (the run had ended, paused or stepped). */
    final: boolean;
  } | null;
  /** Why the boundary cannot be drawn for the current model, or null. */
  boundaryError: string | null;
  /** How the plane is drawn: boundary on/off, test points, discretised, hidden unit shown. */
  boundaryView: BoundaryView;
}

/** The app's start: the circle data and its recipe, with fixed layer ids. */
function initialSetup(dataset: Dataset): Setup {
  let n = 0;
  const { network, training } = recipeSetup(DEFAULT_DATASET_SPEC.kind, datasetIO(dataset), () => {
    n += 1;
    return `h${n}`;
  });
  return {
    kind: DEFAULT_DATASET_SPEC.kind,
    preset: RECIPES[DEFAULT_DATASET_SPEC.kind].preset,
    network,
    training,
  };
}

const initialDataset = buildDataset(DEFAULT_DATASET_SPEC);
const INITIAL_SETUP = initialSetup(initialDataset);

export const initialState = (): AppState => ({
  engine: { status: 'starting', mode: null, backend: null, renderer: null, note: null },
  backendPreference: 'auto',
  datasetSpec: DEFAULT_DATASET_SPEC,
  dataset: initialDataset,
  datasetError: null,
  dataLoading: null,
  dataMessage: null,
  tables: {},
  tableReport: null,
  tableDraft: null,
  awaitingUpload: null,
  lastCsv: null,
  network: INITIAL_SETUP.network,
  networkPast: [],
  networkFuture: [],
  training: INITIAL_SETUP.training,
  setup: INITIAL_SETUP,
  setupNotice: null,
  trainState: 'idle',
  history: [],
  batchHistory: [],
  progress: null,
  weightHistory: [],
  trainMessage: null,
  model: null,
  saved: [],
  savedDamaged: [],
  modelsBusy: false,
  modelsMessage: null,
  undoDelete: null,
  storage: null,
  evaluation: null,
  testEvaluation: null,
  evaluating: false,
  evaluateMessage: null,
  probe: { x: 0.5, y: 0.5 },
  probeOutput: null,
  probeError: null,
  digitPrediction: null,
  recordPrediction: null,
  batchPrediction: null,
  batchBusy: false,
  boundary: null,
  boundaryError: null,
  boundaryView: DEFAULT_BOUNDARY_VIEW,
});

export const useStore = create<AppState>()(initialState);
