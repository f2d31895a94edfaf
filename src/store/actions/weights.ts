/**
 * The store's side of the weight views: keeping the per-epoch weight
 * summaries the engine streams (bounded), and asking for one after a model
 * is loaded.
 */
import { engineApi } from '../engine-ref';
import { useStore } from '../store';

export { MAX_WEIGHT_SNAPSHOTS, addWeights } from '../weight-history';

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
