import { describe, expect, it } from 'vitest';
import { initialState, useStore, type AppState } from './store';
import { selectTrainBlockers, selectWouldContinue } from './selectors';
import type { LoadedModel } from '../worker/protocol';
import { trainedModel } from './test-support';

const ready = (): AppState => ({
  ...useStore.getState(),
  ...initialState(),
  engine: { status: 'ready', mode: 'page', backend: 'cpu', renderer: null, note: null },
});

describe('selectors', () => {
  it('keep their answer through updates that do not concern them, and follow those that do', () => {
    const s = ready();
    const blockers = selectTrainBlockers(s);
    expect(blockers).toEqual([]);
    // A training update (progress, new records) leaves the same array.
    const streaming = { ...s, progress: null, batchHistory: [], trainState: 'training' as const };
    expect(selectTrainBlockers(streaming)).toBe(blockers);
    // A bad learning rate is a blocker at once.
    const bad = { ...streaming, training: { ...s.training, learningRate: -1 } };
    expect(selectTrainBlockers(bad).length).toBeGreaterThan(0);
    expect(selectTrainBlockers({ ...bad, engine: { ...s.engine, status: 'failed' } })).toContain(
      'The engine is not ready.',
    );
  });

  it('would continue only the model built for the current network and data', () => {
    const s = ready();
    expect(selectWouldContinue(s)).toBe(false);
    const model = trainedModel(s);
    expect(selectWouldContinue({ ...s, model })).toBe(true);
    const edited = { ...s.network, layers: s.network.layers.slice(1) };
    expect(selectWouldContinue({ ...s, model, network: edited })).toBe(false);
  });
});

describe('a loaded model with weights that are not finite', () => {
  it('cannot be trained further, and says which weights; a new model can be', () => {
    const s = ready();
    const nonFinite = [{ name: 'dense_1/kernel', count: 2, of: 16 }];
    const loaded: LoadedModel = {
      meta: null,
      layers: [],
      totalParams: 0,
      inputShape: '[2]',
      outputShape: '[2]',
      inputDims: [2],
      generatedBy: null,
      convertedBy: null,
      optimizerState: 'none',
      optimizerNote: null,
      graphNote: null,
      nonFinite,
    };
    const model = { ...trainedModel(s), loaded };
    expect(selectTrainBlockers({ ...s, model })).toEqual([
      'The loaded model cannot be trained further: a weight holds NaN or infinite values: dense_1/kernel (2 of 16 values). Change the network or the data to train a new one.',
    ]);
    const edited = { ...s.network, layers: s.network.layers.slice(1) };
    expect(selectTrainBlockers({ ...s, model, network: edited })).toEqual([]);
  });
});
