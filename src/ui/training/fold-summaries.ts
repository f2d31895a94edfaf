/**
 * What each folded group of the Train panel says while folded: its current
 * values in one line, in the current language. Each line is one whole
 * sentence of the "training" namespace; callers re-render on a language
 * change (they use the translation hook), so these are read afresh.
 */
import { formatRate } from '../../core/train/lr-range';
import type { TrainingConfig } from '../../core/train/training-config';
import { t } from '../../i18n';
import type { LrRangeResult } from '../../worker/protocol';

export function optimizerSummary(c: TrainingConfig): string {
  return t('training:summary.optimizer', {
    optimizer: t(`training:optimizers.${c.optimizer}.label`),
    loss: t(`training:losses.${c.loss}.label`),
  });
}

export function seedSummary(c: TrainingConfig): string {
  return c.shuffle
    ? t('training:summary.seedShuffled', { seed: c.seed })
    : t('training:summary.seedFixed', { seed: c.seed });
}

export function scheduleSummary(c: TrainingConfig): string {
  return t('training:summary.schedule', {
    schedule: t(`training:schedules.${c.schedule.kind}.label`),
  });
}

export function stoppingSummary(c: TrainingConfig): string {
  const es = c.earlyStopping;
  if (c.clip.kind === 'none') {
    return es.enabled
      ? t('training:summary.esNoClip', { patience: es.patience })
      : t('training:summary.offNoClip');
  }
  const clip = t(`training:clipKinds.${c.clip.kind}.label`);
  const threshold = c.clip.threshold;
  return es.enabled
    ? t('training:summary.esClip', { patience: es.patience, clip, threshold })
    : t('training:summary.offClip', { clip, threshold });
}

export function finderSummary(result: LrRangeResult | null): string {
  const rate = result?.suggestion.rate;
  return rate == null
    ? t('training:summary.finder')
    : t('training:summary.finderSuggests', { rate: formatRate(rate) });
}

export function backendSummary(label: string): string {
  return t('training:summary.backend', { backend: label });
}
