/**
 * A finished run's outcome in the words the user sees (kept as keys, worded
 * where it is shown): what happened, the
 * likely cause, and what became of the weights.
 */
import { words } from '../i18n/words';
import type { TrainResult } from '../worker/protocol';
import type { TrainOutcome } from './trainer';

/** The run's outcome, with what the user should know about it. */
export function describeOutcome(outcome: TrainOutcome, learningRate: number): TrainResult {
  switch (outcome.kind) {
    case 'diverged':
      return {
        outcome: 'diverged',
        message: [
          words('engine:outcome.diverged', {
            epoch: outcome.epoch,
            batch: outcome.batch,
            rate: learningRate,
          }),
          outcome.restoredEpoch > 0
            ? words('engine:outcome.restoredEpoch', { epoch: outcome.restoredEpoch })
            : words('engine:outcome.restoredStart'),
        ],
      };
    case 'early-stopped':
      return {
        outcome: 'early-stopped',
        message: [
          words('engine:outcome.earlyStopped', { epoch: outcome.epoch }),
          ...(outcome.restored && outcome.bestEpoch !== null
            ? [words('engine:outcome.restoredBest', { epoch: outcome.bestEpoch })]
            : []),
        ],
        ...(outcome.restored && outcome.bestEpoch !== null && { keptEpoch: outcome.bestEpoch }),
      };
    default:
      return { outcome: outcome.kind, message: null };
  }
}
