/**
 * The building blocks guides' checks are written with: which runs count
 * for a step, and what a run's configuration says about it.
 */
import type { RunSummary } from '../experiments/run-summary';
import type { LayerSpec } from '../model/layer-spec';
import type { NetworkSpec } from '../model/network-spec';
import type { TrainingConfig } from '../train/training-config';
import type { GuideView, StepContext } from './types';

/**
 * Runs from fresh weights that have ended (any outcome), started at or
 * after `since`, newest first. A run that continued another is left out:
 * comparisons are fair only from the same start.
 */
export function endedSince(view: GuideView, since: number): RunSummary[] {
  return view.runs.filter(
    (r) => r.startedAt >= since && r.status !== 'running' && r.continuedFrom === null,
  );
}

/** Runs ended since the guide started. */
export const guideRuns = (view: GuideView, ctx: StepContext): RunSummary[] =>
  endedSince(view, ctx.startedAt);

/** Runs ended since the current step became current. */
export const stepRuns = (view: GuideView, ctx: StepContext): RunSummary[] =>
  endedSince(view, ctx.stepStartedAt);

/** Runs that trained every epoch they were asked for (not stopped, failed or diverged). */
export const finished = (r: RunSummary): boolean =>
  r.status === 'done' || r.status === 'early-stopped';

/** Hidden Dense layers of a network (its output layer is added by the engine). */
export const denseLayers = (network: NetworkSpec): Extract<LayerSpec, { kind: 'dense' }>[] =>
  network.layers.filter((l): l is Extract<LayerSpec, { kind: 'dense' }> => l.kind === 'dense');

export const hasConv = (network: NetworkSpec): boolean =>
  network.layers.some((l) => l.kind === 'conv2d');

/** Dropout, L1/L2 on a kernel, or early stopping: something against overfitting. */
export function hasRemedy(network: NetworkSpec, training: TrainingConfig): boolean {
  const dropout = network.layers.some((l) => l.kind === 'dropout' && l.rate > 0);
  const reg = network.layers.some(
    (l) => (l.kind === 'dense' || l.kind === 'conv2d') && l.reg !== 'none' && l.regRate > 0,
  );
  return dropout || reg || training.earlyStopping.enabled;
}

/** Validation accuracy at a run's last epoch (0 when it has none). */
export const valAcc = (r: RunSummary): number =>
  r.metric === 'accuracy' ? (r.finalValMetric ?? 0) : 0;

/** Validation loss ended well above its best while the training loss stayed below it. */
export function overfitted(r: RunSummary): boolean {
  const { finalValLoss: last, bestValLoss: best, finalTrainLoss: train } = r;
  if (last === null || best === null || train === null) return false;
  return last > best * 1.2 && train < last;
}

/** The ids of the selected runs, as runs. */
export const selectedRuns = (view: GuideView, runs: readonly RunSummary[]): RunSummary[] =>
  runs.filter((r) => view.runsSelected.includes(r.id));
