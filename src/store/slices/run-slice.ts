/**
 * The run slice: the model the engine holds, the state of its run and
 * everything the run streamed (epochs, steps, progress, weight summaries).
 * The engine reports a run's life only through events; `applyRunEvents`
 * is the one place they become state.
 */
import type { DatasetSpec } from '../../core/data/dataset-spec';
import type { DeadUnitReport } from '../../core/doctor/diagnosis';
import type { NetworkSpec } from '../../core/model/network-spec';
import type { BatchRecord, EpochRecord, TrainProgress, TrainState } from '../../core/train/history';
import type { TrainingConfig } from '../../core/train/training-config';
import type { GpuFault, LoadedModel } from '../../worker/protocol';
import type { RunEvent } from '../../worker/protocol';
import type { WeightSummary } from '../../worker/protocol';
import { addWeights } from '../weight-history';
import { words } from '../../i18n/words';
import { saidNotice, type Notice } from './notice';
import type { SliceCreator } from './types';

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
  /** The recorded run that last trained this model, if it was trained here in this page. */
  runId?: string | null;
}

export interface RunSlice {
  trainState: TrainState;
  history: EpochRecord[];
  /** Every optimisation step of the current model (charts downsample for drawing). */
  batchHistory: BatchRecord[];
  progress: TrainProgress | null;
  /** Weight histograms of the current model, oldest first (epoch 0 = initial weights); thinned to at most 200. */
  weightHistory: WeightSummary[];
  trainMessage: Notice;
  model: CurrentModel | null;
  /** The GPU failed under the last run: what was kept and where it may continue. */
  recovery: GpuFault | null;
  /** The latest dead-unit count of the current model's ReLU layers, or null. */
  deadUnits: DeadUnitReport | null;
  /** The last run ended on a NaN or infinite loss. */
  runDiverged: boolean;
  /** Early stopping ended the last run and put back this epoch's weights: the model's now. */
  keptEpoch: number | null;
}

export const initialRunState = (): RunSlice => ({
  trainState: 'idle',
  history: [],
  batchHistory: [],
  progress: null,
  weightHistory: [],
  trainMessage: null,
  model: null,
  recovery: null,
  deadUnits: null,
  runDiverged: false,
  keptEpoch: null,
});

export const createRunSlice: SliceCreator<RunSlice> = () => initialRunState();

const running = (t: TrainState): boolean => t === 'training' || t === 'paused';

/** True while a run is going: training, or paused in the middle of one. */
export const selectIsRunning = (s: Pick<RunSlice, 'trainState'>): boolean => running(s.trainState);

/**
 * The run slice after `events`, in order. State changes count only while a
 * run is going (train() marks it going before the engine starts): a late
 * report from a run that was reset or has ended changes nothing.
 */
export function applyRunEvents(s: RunSlice, events: readonly RunEvent[]): Partial<RunSlice> {
  let { history, batchHistory, weightHistory, progress, trainState, trainMessage, recovery } = s;
  let { deadUnits, runDiverged, keptEpoch } = s;
  for (const e of events) {
    if (e.type === 'epoch') {
      history = [...history, e.record];
      deadUnits = e.deadUnits ?? deadUnits;
    } else if (e.type === 'webgl-restored')
      recovery = recovery && { ...recovery, webglReady: true };
    else if (e.type === 'batches') batchHistory = batchHistory.concat(e.records);
    else if (e.type === 'progress') progress = e.progress;
    else if (e.type === 'weights') weightHistory = addWeights(weightHistory, e.summary);
    else if (!running(trainState)) continue;
    else if (e.type === 'state') trainState = e.state;
    else {
      trainState = e.outcome === 'diverged' || e.outcome === 'failed' ? 'error' : 'done';
      runDiverged = e.outcome === 'diverged';
      keptEpoch = e.keptEpoch ?? null;
      trainMessage =
        e.outcome === 'stopped'
          ? saidNotice(
              'info',
              words('training:notices.stoppedAfter', { epoch: history.at(-1)?.epoch ?? 0 }),
            )
          : e.message
            ? saidNotice(e.outcome === 'early-stopped' ? 'info' : 'error', e.message)
            : null;
      recovery = e.fault ?? null;
      if (e.fault) {
        // The model is back at the kept epoch: so is what the charts show.
        const kept = e.fault.keptEpoch;
        history = history.filter((r) => r.epoch <= kept);
        batchHistory = batchHistory.filter((r) => r.epoch <= kept);
        weightHistory = weightHistory.filter((w) => w.epoch <= kept);
      }
    }
  }
  return {
    history,
    batchHistory,
    weightHistory,
    progress,
    trainState,
    trainMessage,
    recovery,
    deadUnits,
    runDiverged,
    keptEpoch,
  };
}
