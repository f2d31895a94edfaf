/**
 * What each folded group of the Train panel says while folded: its current
 * values in one line. Each line is one whole template, so a translation can
 * key it as it is.
 */
import { LOSSES } from '../../core/train/losses';
import { OPTIMIZERS } from '../../core/train/optimizers';
import { SCHEDULES } from '../../core/train/schedules';
import { CLIP_KINDS, type TrainingConfig } from '../../core/train/training-config';
import { formatRate } from '../../core/train/lr-range';
import type { LrRangeResult } from '../../worker/protocol';

export function optimizerSummary(t: TrainingConfig): string {
  return `Optimizer: ${OPTIMIZERS[t.optimizer].label}, loss ${LOSSES[t.loss].label}`;
}

export function seedSummary(t: TrainingConfig): string {
  return t.shuffle ? `Seed: ${t.seed}, shuffled each epoch` : `Seed: ${t.seed}, no shuffling`;
}

export function scheduleSummary(t: TrainingConfig): string {
  return `Schedule: ${SCHEDULES[t.schedule.kind].label}`;
}

export function stoppingSummary(t: TrainingConfig): string {
  const es = t.earlyStopping;
  const clip = CLIP_KINDS.find((k) => k.id === t.clip.kind)?.label ?? t.clip.kind;
  if (t.clip.kind === 'none') {
    return es.enabled
      ? `Ending early: patience ${es.patience}, no clipping`
      : 'Ending early: off, no clipping';
  }
  return es.enabled
    ? `Ending early: patience ${es.patience} · Clip: ${clip} ${t.clip.threshold}`
    : `Ending early: off · Clip: ${clip} ${t.clip.threshold}`;
}

export function finderSummary(result: LrRangeResult | null): string {
  const rate = result?.suggestion.rate;
  return rate == null
    ? 'Learning-rate finder'
    : `Learning-rate finder: suggests ${formatRate(rate)}`;
}

export function backendSummary(label: string): string {
  return `Backend: ${label}`;
}
