/**
 * The store's side of the weight views: keeping the per-epoch weight
 * summaries the engine streams (bounded), and asking for one after a model
 * is loaded.
 */
import type { WeightSummary } from '../../worker/protocol';
import { thinEvenly } from '../../core/insight/histogram';
import { engineApi } from '../engine-ref';
import { useStore } from '../store';

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

/** Replace the weight history by a summary of the model the engine holds now (after a load). */
export async function refreshWeights(): Promise<void> {
  try {
    const summary = await engineApi().weightSummary();
    useStore.setState({ weightHistory: [summary] });
  } catch {
    // No model (or it could not be read): the views show their empty state.
    useStore.setState({ weightHistory: [] });
  }
}
