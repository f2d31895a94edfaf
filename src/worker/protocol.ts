/**
 * Everything that crosses a worker boundary, declared once: the engine's
 * API and the events and results it sends, and the data worker's API.
 * Both the workers and the page compile against this file, so it imports
 * no tfjs (and nothing that does): only core types and comlink's types.
 * Nothing here holds a tensor; everything survives structured cloning.
 */
import type { Language } from '../core/learn/types';
import type { Remote } from 'comlink';
import type { Dataset } from '../core/data/dataset';
import type { DeadUnitReport } from '../core/doctor/diagnosis';
import type { DatasetSpec, MnistSpec, TableSpec } from '../core/data/dataset-spec';
import type { Result } from '../core/data/result';
import type { TableSummary } from '../core/data/table';
import type { BuiltTable } from '../core/data/table-build';
import type { ModelArtifactsData } from '../core/io/model-files';
import type { ModelMeta, SavedModelInfo } from '../core/io/model-meta';
import type { OptimizerState } from '../core/io/optimizer-state';
import type { NetworkSpec } from '../core/model/network-spec';
import type { BatchRecord, EpochRecord, TrainProgress, TrainState } from '../core/train/history';
import type { LrRangeSpec, LrSuggestion, RangeStop } from '../core/train/lr-range';
import type { Said } from '../i18n/words';
import type { ScheduleSpec } from '../core/train/schedules';
import type { TrainingConfig } from '../core/train/training-config';
import type { GridRequest, GridResult, WeightSummary } from './protocol-insight';
import type {
  Evaluation,
  ExportedModel,
  Library,
  LoadedModel,
  SaveOptions,
  SplitName,
  SplitPredictions,
} from './protocol-models';

export type * from './protocol-insight';
export type * from './protocol-models';

// ---- Runs ------------------------------------------------------------------

export interface TrainRequest {
  /** Key of the data sent with Engine.setDataset. */
  datasetKey: string;
  dataset: DatasetSpec;
  network: NetworkSpec;
  training: TrainingConfig;
  /** Continue the current model if it fits, rather than starting fresh. */
  continue: boolean;
  /**
   * Which backend to train on: 'auto' times a few batches on each and takes
   * the fastest. Absent: stay on the backend in use.
   */
  backend?: BackendPreference;
}

// ---- Finding a learning rate -----------------------------------------------

/** The learning-rate range test: what Train would run, on a copy of the model. */
export interface LrRangeRequest {
  /** Key of the data sent with Engine.setDataset. */
  datasetKey: string;
  dataset: DatasetSpec;
  network: NetworkSpec;
  /** Optimizer, loss, batch size, shuffle and seed as Train would use them (the rate is the test's). */
  training: TrainingConfig;
  range: LrRangeSpec;
}

/** How far the range test is: `batch` of at most `batches` done, the last at `rate`. */
export interface LrRangeProgress {
  batch: number;
  batches: number;
  rate: number;
}

/** The range test's curve, one entry per batch, and what it suggests. */
export interface LrRangeResult {
  /** The rate of each batch, increasing. */
  rates: number[];
  /** Each batch's loss, and the same smoothed (bias-corrected running average). */
  losses: number[];
  smoothed: number[];
  suggestion: LrSuggestion;
  stop: RangeStop;
  /** The rate it stopped at (the last one tried when it ran to the end); null when none was recorded. */
  stopRate: number | null;
  /** 'trained': it started from a copy of the current model; 'fresh': from new weights (the config's seed). */
  startedFrom: 'trained' | 'fresh';
}

export type LrRangeOutcome = { kind: 'done'; result: LrRangeResult } | { kind: 'cancelled' };

/** The range test's progress (not a run: the run's events are untouched by it). */
interface LrRangeEvent {
  type: 'lr-range';
  progress: LrRangeProgress;
}

// ---- Backends --------------------------------------------------------------

/** The tfjs backends the playground can train on. */
export type BackendName = 'webgl' | 'wasm' | 'cpu' | 'webgpu';

/** The user's choice: Auto, or one backend pinned. */
export type BackendPreference = 'auto' | BackendName;

/** What the UI calls each backend, in the order it offers them. */
export const BACKEND_LABELS = {
  webgl: 'WebGL',
  wasm: 'WASM',
  cpu: 'CPU',
  webgpu: 'WebGPU (experimental)',
} as const satisfies Record<BackendName, string>;

/** One backend in Auto's timing run. */
export interface ProbeEntry {
  backend: BackendName;
  /** Mean time of one training batch (ms), or null when it was not timed. */
  msPerBatch: number | null;
  /** Why it was not timed ("skipped — can't train convolutions (…)"), or null. */
  skipped: string | null;
}

/** The backend in use, and why it is the one. */
export interface BackendStatus {
  backend: BackendName;
  /** GPU renderer or adapter, null when no GPU is used. */
  renderer: string | null;
  /** 'auto': chosen by timing; 'pinned': the user's choice; 'fallback': the choice could not start. */
  how: 'auto' | 'pinned' | 'fallback';
  /** One line for the status bar, e.g. "CPU: 6.1× faster than WebGL for this 114-parameter network". */
  reason: string;
  /** Auto's timings, or null. */
  probe: ProbeEntry[] | null;
  /** True while Auto is timing the backends (the run starts after). */
  probing: boolean;
}

/** The backend the engine started on (Engine.init). */
export interface BackendInfo {
  backend: BackendName;
  /** GPU renderer string (unmasked where the browser allows), null when no GPU is used. */
  renderer: string | null;
  /** Why the preferred backend is not in use, or null. */
  fallbackReason: string | null;
  /** Backends this context can offer, in the order the UI lists them. */
  available: BackendName[];
}

/** How a run ended, and what the user should know about it. */
export interface TrainResult {
  outcome: 'done' | 'stopped' | 'early-stopped' | 'diverged' | 'failed';
  /** What the user should know, as keys and values: the page words it where it is shown. */
  message: Said | null;
  /** Set when the GPU failed under the run (its context was lost, or it ran out of memory). */
  fault?: GpuFault;
  /** Early stopping put back the weights of this epoch, its best, which the model now holds. */
  keptEpoch?: number;
}

/**
 * The GPU failed during a run. The engine has moved the model, as it was at
 * the end of `keptEpoch`, onto the CPU backend, ready to continue there or on
 * another backend; WebGL can be used again once `webglReady`.
 */
export interface GpuFault {
  kind: 'context-lost' | 'out-of-memory';
  /** The epoch whose weights were kept (0: the weights the run started from). */
  keptEpoch: number;
  /** True when WebGL can be used again (the context was restored, or never lost). */
  webglReady: boolean;
}

/** Events about a run. */
export type RunEvent =
  /** An epoch's record, with the dead units of its ReLU hidden layers when they were measured. */
  | { type: 'epoch'; record: EpochRecord; deadUnits?: DeadUnitReport }
  | { type: 'batches'; records: BatchRecord[] }
  | { type: 'progress'; progress: TrainProgress }
  /** Histograms of every layer's weights after an epoch (0 = initial weights). */
  | { type: 'weights'; summary: WeightSummary }
  /** The run started ('training'), paused or resumed. */
  | { type: 'state'; state: Extract<TrainState, 'training' | 'paused'> }
  /** The run ended: the last event of every run that started. */
  | ({ type: 'ended' } & TrainResult)
  /** A lost WebGL context came back: a run may continue on WebGL again. */
  | { type: 'webgl-restored' };

/** The backend changed or was (re)chosen. */
interface BackendEvent {
  type: 'backend';
  status: BackendStatus;
}

/**
 * The model's weights as plain arrays at the end of an epoch, kept by the
 * page so that a restarted engine can take them back (Engine.restoreWeights).
 */
export interface WeightsSnapshot {
  /** The session it belongs to: its network and data (see engine/session.ts). */
  key: string | null;
  /** Epoch at whose end the weights were copied (0 = before training). */
  epoch: number;
  steps: number;
  trainedMs: number;
  /** In the order of the model's weights. */
  weights: { shape: number[]; values: Float32Array }[];
}

interface SnapshotEvent {
  type: 'snapshot';
  snapshot: WeightsSnapshot;
}

export type EngineEvent = RunEvent | BackendEvent | LrRangeEvent | SnapshotEvent;

/** Rebuild the model a crashed engine held, from the page's snapshot of its weights. */
export interface RestoreRequest {
  datasetKey: string;
  dataset: DatasetSpec;
  network: NetworkSpec;
  training: TrainingConfig;
  snapshot: WeightsSnapshot;
}

// ---- The two APIs ----------------------------------------------------------

/**
 * What the engine does, wherever it runs (engine/engine.ts implements it;
 * its methods carry the documentation). The page holds an `EngineApi`.
 */
export interface EngineProtocol {
  init(preferred: BackendPreference): Promise<BackendInfo>;
  /** Word the engine's messages in `language` from now on. */
  setLanguage(language: Language): void;
  setListener(listener: (events: EngineEvent[]) => void): void;
  setDataset(key: string, dataset: Dataset): void;
  datasetKey(): string | null;
  /** Runs to the end; the run's life (and how it ended) is reported as events only. */
  train(req: TrainRequest): Promise<void>;
  restoreWeights(req: RestoreRequest): void;
  pause(): void;
  resume(): void;
  /** Resolves once the running run holds for the page, or once it won't. */
  giveWay(ms: number): Promise<void>;
  stop(): void;
  step(kind: 'batch' | 'epoch'): void;
  setLearningRate(lr: number): void;
  setSchedule(schedule: ScheduleSpec): void;
  /** Resolves with the curve, or 'cancelled'; progress comes as 'lr-range' events. */
  findLearningRate(req: LrRangeRequest): Promise<LrRangeOutcome>;
  cancelLearningRateTest(): void;
  reset(): void;
  predict(inputs: Float32Array, inputShape: number[]): Promise<Float32Array>;
  weightSummary(): Promise<WeightSummary>;
  predictGrid(req: GridRequest): Promise<GridResult>;
  evaluateSplit(datasetKey: string, split: SplitName): Promise<SplitPredictions>;
  evaluate(datasetKey: string): Promise<Evaluation>;
  saveToBrowser(meta: ModelMeta, opts: SaveOptions): Promise<SavedModelInfo>;
  listSaved(): Promise<Library>;
  renameSaved(from: string, to: string): Promise<SavedModelInfo>;
  duplicateSaved(name: string, to: string): Promise<SavedModelInfo>;
  deleteSaved(name: string): Promise<string>;
  undoDelete(name: string, token: string): Promise<void>;
  loadFromBrowser(name: string): Promise<LoadedModel>;
  exportFiles(meta: ModelMeta | null, includeOptimizer?: boolean): Promise<ExportedModel>;
  importFiles(
    artifacts: ModelArtifactsData,
    meta: ModelMeta | null,
    optimizer?: OptimizerState | null,
  ): Promise<LoadedModel>;
  backendName(): BackendName;
  numTensors(): number;
  memory(): EngineMemory;
  dispose(): void;
}

/** The engine's tf.memory(): live tensors, their bytes, and bytes on the GPU (null off WebGL). */
export interface EngineMemory {
  numTensors: number;
  numBytes: number;
  numBytesInGPU: number | null;
}

/**
 * The data work done off the main thread: reading CSV files, decoding the
 * digits asset, building table and digit datasets (worker/data-service.ts
 * does it, in the data worker or on the page).
 */
export interface DataApi {
  setLanguage(language: Language): Promise<void>;
  parseFile(file: Blob, name: string): Promise<Result<TableSummary>>;
  fetchTable(url: string, name: string): Promise<Result<TableSummary>>;
  hasTable(hash: string): Promise<boolean>;
  buildTable(spec: TableSpec): Promise<Result<BuiltTable>>;
  loadDigits(url: string): Promise<Result<number>>;
  buildDigits(spec: MnistSpec): Promise<Result<Dataset>>;
}

/** Every engine method, made async: what the page may call. */
export type EngineApi = Remote<EngineProtocol>;

/** Where the engine runs. */
export type EngineMode = 'worker' | 'page';

/**
 * Faults the e2e tests cause for real in the engine's worker (only with
 * `?faults=1`; worker/faults.ts does them): lose or restore the engine's
 * WebGL context, throw an uncaught error, close the worker, block it for
 * a minute, or make the next WebGL texture allocation fail.
 */
export type FaultKind =
  'lose-context' | 'restore-context' | 'crash' | 'close' | 'hang' | 'fail-allocation';

/** The message that asks the engine's worker for a fault (comlink ignores it). */
export interface FaultMessage {
  nnFault: FaultKind;
}
