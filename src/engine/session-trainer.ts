/**
 * The Trainer for one run of a session: it trains the session's model and
 * optimizer, keeps the session's counters (epochs, steps, time) as the run
 * goes, and streams the run's records, progress and weight summaries as
 * engine events. The engine owns the run's start and end.
 */
import type { TrainingConfig } from '../core/train/training-config';
import type { EngineEvent } from '../worker/protocol';
import type { DataTensors } from './data-tensors';
import { measureDeadUnits } from './dead-units';
import type { Session } from './session';
import { Trainer } from './trainer';
import type { WeightFeed } from './weight-feed';

export function sessionTrainer(
  session: Session,
  tensors: DataTensors,
  config: TrainingConfig,
  emit: (event: EngineEvent, now?: boolean) => void,
  weights: WeightFeed,
  /** Called after each epoch's record, with the session's counters up to date. */
  afterEpoch: () => void = () => undefined,
): Trainer {
  return new Trainer({
    model: session.model,
    optimizer: session.optimizer,
    train: tensors.train,
    validation: tensors.validation,
    config,
    startEpoch: session.epochsTrained,
    startStep: session.stepsTrained ?? 0,
    startMs: session.trainedMs ?? 0,
    measureUnits: (epoch) => measureDeadUnits(session.model, tensors.train.x, epoch),
    onEpoch: (record, deadUnits) => {
      session.epochsTrained = record.epoch;
      session.trainedMs = record.elapsedMs;
      emit({ type: 'epoch', record, ...(deadUnits && { deadUnits }) });
      weights.capture(session.model, record.epoch);
      afterEpoch();
    },
    onBatches: (records) => {
      const last = records.at(-1);
      if (last) session.stepsTrained = last.step;
      emit({ type: 'batches', records });
    },
    onProgress: (progress) => emit({ type: 'progress', progress }),
    onPauseChange: (paused) => emit({ type: 'state', state: paused ? 'paused' : 'training' }, true),
  });
}
