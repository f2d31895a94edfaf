/**
 * A finished run's outcome in the words the user sees: what happened, the
 * likely cause, and what became of the weights.
 */
import type { TrainResult } from '../worker/protocol';
import type { TrainOutcome } from './trainer';

/** The run's outcome, with what the user should know about it. */
export function describeOutcome(outcome: TrainOutcome, learningRate: number): TrainResult {
  switch (outcome.kind) {
    case 'diverged':
      return {
        outcome: 'diverged',
        message:
          `The loss became NaN or infinite at epoch ${outcome.epoch}, batch ${outcome.batch}, so training stopped. ` +
          `The learning rate (${learningRate}) is probably too high, or the inputs are unscaled: lower the rate and train again. ` +
          (outcome.restoredEpoch > 0
            ? `The weights are back to their last good state, from the end of epoch ${outcome.restoredEpoch}.`
            : 'The weights are back to their state before this run.'),
      };
    case 'early-stopped':
      return {
        outcome: 'early-stopped',
        message:
          `Early stopping: the validation loss stopped improving, so training ended at epoch ${outcome.epoch}.` +
          (outcome.restored && outcome.bestEpoch !== null
            ? ` The weights were restored to the best epoch, ${outcome.bestEpoch}.`
            : ''),
      };
    default:
      return { outcome: outcome.kind, message: null };
  }
}
