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
  /**
   * Which backend to train on: 'auto' times a few batches on each and takes
   * the fastest. Absent: stay on the backend in use.
   */
  backend?: BackendPreference;
}

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

/** How a run ended, and what the user should know about it. */
export interface TrainResult {
  outcome: 'done' | 'stopped' | 'early-stopped' | 'diverged' | 'failed';
  message: string | null;
}

/** Events about a run. */
export type RunEvent =
  | { type: 'epoch'; record: EpochRecord }
  | { type: 'batches'; records: BatchRecord[] }
  | { type: 'progress'; progress: TrainProgress }
  /** Histograms of every layer's weights after an epoch (0 = initial weights). */
  | { type: 'weights'; summary: WeightSummary }
  /** The run started ('training'), paused or resumed. */
  | { type: 'state'; state: Extract<TrainState, 'training' | 'paused'> }
  /** The run ended: the last event of every run that started. */
  | ({ type: 'ended' } & TrainResult);

/** The backend changed or was (re)chosen. */
export interface BackendEvent {
  type: 'backend';
  status: BackendStatus;
}

export type EngineEvent = RunEvent | BackendEvent;
