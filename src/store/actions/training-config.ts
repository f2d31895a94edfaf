/**
 * Editing the hyperparameters. The learning rate and its schedule may change
 * while a run is going: they are passed to the engine and take effect at the
 * next batch. Everything else is fixed for the run.
 */
import { outputHead } from '../../core/model/network-spec';
import { defaultLoss, lossUnavailableReason } from '../../core/train/losses';
import { defaultOptimizerSettings, type OptimizerId } from '../../core/train/optimizers';
import { scheduleSchema, type ScheduleSpec } from '../../core/train/schedules';
import { trainingConfigSchema, type TrainingConfig } from '../../core/train/training-config';
import { engineApi } from '../engine-ref';
import { selectIsRunning } from '../slices/run-slice';
import { useStore } from '../store';
import { suggestedLearningRate } from './recipe';

const running = () => selectIsRunning(useStore.getState());

export function setTraining(patch: Partial<TrainingConfig>): void {
  useStore.setState((s) => ({ training: { ...s.training, ...patch } }));
}

/**
 * Pick an optimizer with its default settings, at the learning rate the
 * current starting point (preset or recipe) was tuned with for it.
 */
export function setOptimizer(id: OptimizerId): void {
  setTraining({
    optimizer: id,
    optimizerSettings: defaultOptimizerSettings(id),
    learningRate: suggestedLearningRate(id),
  });
}

export function setOptimizerSetting(key: string, value: number | boolean): void {
  useStore.setState((s) => ({
    training: {
      ...s.training,
      optimizerSettings: { ...s.training.optimizerSettings, [key]: value },
    },
  }));
}

/** Change the learning rate; during a run it applies from the next batch. */
export function setLearningRate(learningRate: number): void {
  setTraining({ learningRate });
  const valid = trainingConfigSchema.shape.learningRate.safeParse(learningRate).success;
  if (running() && valid) void engineApi().setLearningRate(learningRate);
}

/** Change the schedule; during a run it applies from the next batch. */
export function setSchedule(patch: Partial<ScheduleSpec>): void {
  const schedule = { ...useStore.getState().training.schedule, ...patch };
  setTraining({ schedule });
  if (running() && scheduleSchema.safeParse(schedule).success)
    void engineApi().setSchedule(schedule);
}

/**
 * Keep the loss compatible with the output the data and network imply: when
 * the head changes (e.g. a regression dataset), switch to its usual loss.
 * Called by the reactions (store/reactions.ts) when the data or head changes.
 */
export function keepLossCompatible(): void {
  const s = useStore.getState();
  const head = outputHead(s.network, s.dataset.task);
  if (lossUnavailableReason(s.training.loss, head) === null) return;
  useStore.setState({ training: { ...s.training, loss: defaultLoss(head) } });
}
