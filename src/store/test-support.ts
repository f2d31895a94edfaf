/** Helpers the store's tests share (not imported by the app). */
import type { AppState, CurrentModel } from './store';

/** The record of a model trained here on `s`'s network, data and settings. */
export const trainedModel = (
  s: Pick<AppState, 'network' | 'datasetSpec' | 'training'>,
): CurrentModel => ({
  source: 'trained',
  name: null,
  network: s.network,
  dataset: s.datasetSpec,
  training: s.training,
  loaded: null,
  trainable: true,
});
