/**
 * The bounded list of per-epoch weight summaries the weight views draw.
 */
import { thinEvenly } from '../core/insight/histogram';
import type { WeightSummary } from '../worker/protocol';

/** Most summaries kept; beyond this they are thinned to an even epoch stride. */
export const MAX_WEIGHT_SNAPSHOTS = 200;

/**
 * `history` with `summary` added in epoch order; a summary for an epoch
 * already held replaces it, one for an earlier epoch (a new model) starts over.
 */
export function addWeights(history: WeightSummary[], summary: WeightSummary): WeightSummary[] {
  const last = history.at(-1);
  const kept =
    !last || summary.epoch > last.epoch
      ? history
      : summary.epoch === last.epoch
        ? history.slice(0, -1)
        : [];
  return thinEvenly([...kept, summary], MAX_WEIGHT_SNAPSHOTS, (s) => s.epoch) as WeightSummary[];
}
