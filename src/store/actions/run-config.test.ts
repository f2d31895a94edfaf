import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../../core/data/dataset-spec';
import { runConfigSchema, type RunConfig } from '../../core/experiments/run-config';
import { DataService } from '../../worker/data-service';
import { localDataApi, setDataApi } from '../../worker/data-client';
import { resetStore, useStore } from '../store';
import { applyRunConfig, currentRunConfig } from './run-config';

const state = () => useStore.getState();
const noFetch = () => Promise.reject(new Error('no files in this test'));

beforeEach(() => {
  resetStore();
  setDataApi(localDataApi(new DataService(noFetch)));
});

describe('the run configuration', () => {
  it('reads the editor as a config that passes its schema', () => {
    expect(runConfigSchema.safeParse(currentRunConfig(state())).success).toBe(true);
  });

  it('puts a config back: data, network, hyperparameters and backend', async () => {
    const start = currentRunConfig(state());
    const config: RunConfig = {
      dataset: { ...DEFAULT_DATASET_SPEC, kind: 'spiral', seed: 7 },
      network: { ...start.network, layers: start.network.layers.slice(0, 1) },
      training: { ...start.training, learningRate: 0.003, batchSize: 16, seed: 5 },
      backend: 'cpu',
    };
    expect((await applyRunConfig(config)).ok).toBe(true);
    expect(currentRunConfig(state())).toEqual(config);
    expect(state().dataset.train.x.length).toBeGreaterThan(0);
    // The network change is one undo step.
    expect(state().networkPast.at(-1)).toEqual(start.network);
  });

  it('is refused while a run is going, changing nothing', async () => {
    useStore.setState({ trainState: 'training' });
    const before = currentRunConfig(state());
    const r = await applyRunConfig({ ...before, backend: 'cpu' });
    expect(r).toEqual({ ok: false, error: 'Stop training before changing the whole setup.' });
    expect(currentRunConfig(state())).toEqual(before);
  });
});
