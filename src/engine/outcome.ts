/**
 * A finished run's outcome in the words the user sees: what happened, the
 * likely cause, and what became of the weights.
 */
import { t } from '../i18n';
import type { TrainResult } from '../worker/protocol';
import type { TrainOutcome } from './trainer';

/** The run's outcome, with what the user should know about it. */
export function describeOutcome(outcome: TrainOutcome, learningRate: number): TrainResult {
  switch (outcome.kind) {
    case 'diverged':
      return {
        outcome: 'diverged',
        message:
          t('engine:outcome.diverged', {
            epoch: outcome.epoch,
            batch: outcome.batch,
            rate: learningRate,
          }) +
          (outcome.restoredEpoch > 0
            ? t('engine:outcome.restoredEpoch', { epoch: outcome.restoredEpoch })
            : t('engine:outcome.restoredStart')),
      };
    case 'early-stopped':
      return {
        outcome: 'early-stopped',
        message:
          t('engine:outcome.earlyStopped', { epoch: outcome.epoch }) +
          (outcome.restored && outcome.bestEpoch !== null
            ? t('engine:outcome.restoredBest', { epoch: outcome.bestEpoch })
            : ''),
      };
    default:
      return { outcome: outcome.kind, message: null };
  }
}
