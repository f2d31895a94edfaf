/**
 * Early stopping on the validation loss, pure: stop when it has not improved
 * by at least `minDelta` for `patience` epochs, remembering the best epoch.
 */
import { z } from 'zod';
import { t } from '../../i18n';

export const earlyStoppingSchema = z.object({
  enabled: z.boolean(),
  patience: z
    .number()
    .int({ error: () => t('training:problems.patienceInt') })
    .min(1, { error: () => t('training:problems.patienceMin') })
    .max(1000),
  minDelta: z.number().min(0, { error: () => t('training:problems.minDelta') }),
  restoreBest: z.boolean(),
});

export type EarlyStoppingSpec = z.infer<typeof earlyStoppingSchema>;

export const DEFAULT_EARLY_STOPPING: EarlyStoppingSpec = {
  enabled: false,
  patience: 5,
  minDelta: 0,
  restoreBest: true,
};

export type StopVerdict = 'improved' | 'waiting' | 'stop';

export class EarlyStopper {
  private best = Infinity;
  private wait = 0;
  bestEpoch: number | null = null;

  constructor(private readonly spec: EarlyStoppingSpec) {}

  /** Judge an epoch's validation loss. */
  observe(epoch: number, valLoss: number | null): StopVerdict {
    if (!this.spec.enabled || valLoss === null) return 'waiting';
    if (valLoss < this.best - this.spec.minDelta) {
      this.best = valLoss;
      this.bestEpoch = epoch;
      this.wait = 0;
      return 'improved';
    }
    this.wait += 1;
    return this.wait >= this.spec.patience ? 'stop' : 'waiting';
  }

  bestLoss(): number | null {
    return Number.isFinite(this.best) ? this.best : null;
  }
}
