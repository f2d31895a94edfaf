import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../../core/data/dataset-spec';
import type { RunConfig } from '../../core/experiments/run-config';
import type { RunSummary } from '../../core/experiments/run-summary';
import { DataService } from '../../worker/data-service';
import { localDataApi, setDataApi } from '../../worker/data-client';
import { resetStore, useStore } from '../store';
import { currentRunConfig } from './run-config';
import { canContinueRun, continueRun, restoreRunSettings } from './runs-restore';

const state = () => useStore.getState();
const noFetch = () => Promise.reject(new Error('no files in this test'));

function summary(patch: Partial<RunSummary>): RunSummary {
  return {
    id: 'r1',
    name: 'Run 3',
    colour: 0,
    startedAt: 1,
    status: 'done',
    message: null,
    config: currentRunConfig(state()),
    backend: 'cpu',
    durationMs: 10,
    epochs: 1,
    metric: 'accuracy',
    finalValMetric: 0.5,
    bestValMetric: 0.5,
    finalValLoss: 1,
    bestValLoss: 1,
    finalTrainLoss: 1,
    continuedFrom: null,
    modelName: null,
    sweepId: null,
    starred: false,
    bytes: 1,
    ...patch,
  };
}

beforeEach(() => {
  resetStore();
  setDataApi(localDataApi(new DataService(noFetch)));
});

describe('restoreRunSettings', () => {
  it('puts the run’s config in the editor and says so', async () => {
    const start = currentRunConfig(state());
    const config: RunConfig = {
      ...start,
      dataset: { ...DEFAULT_DATASET_SPEC, kind: 'xor', seed: 9 },
      training: {
        ...start.training,
        optimizer: 'sgd' as const,
        optimizerSettings: {},
        learningRate: 0.2,
      },
    };
    useStore.setState({ runs: [summary({ config })] });
    expect(await restoreRunSettings('r1')).toBe(true);
    expect(currentRunConfig(state())).toEqual(config);
    expect(state().runsMessage).toEqual({
      kind: 'info',
      text: 'Restored Run 3’s settings: change one thing and train again.',
    });
  });

  it('names why it could not: an uploaded table that is not here, a run gone', async () => {
    const start = currentRunConfig(state());
    const config = {
      ...start,
      dataset: {
        kind: 'csv' as const,
        file: { name: 'houses.csv', hash: '0123456789abcdef', rows: 10 },
        label: 'price',
        features: ['rooms'],
        task: 'regression' as const,
        missing: 'drop' as const,
        scaling: 'standardize' as const,
        seed: 1,
        split: { train: 60, validation: 20 },
      },
    };
    useStore.setState({ runs: [summary({ config })] });
    expect(await restoreRunSettings('r1')).toBe(false);
    expect(state().runsMessage?.kind).toBe('error');
    expect(state().runsMessage?.text).toMatch(/^Could not restore Run 3’s settings: .*houses\.csv/);
    expect(currentRunConfig(state())).toEqual(start);

    expect(await restoreRunSettings('gone')).toBe(false);
    expect(state().runsMessage?.text).toBe('That run is no longer in the list.');
  });
});

describe('continueRun', () => {
  it('is offered only for a run whose model is in the library', () => {
    const saved = [{ name: 'kept' }];
    expect(canContinueRun({ modelName: 'kept' }, saved)).toBe(true);
    expect(canContinueRun({ modelName: 'deleted since' }, saved)).toBe(false);
    expect(canContinueRun({ modelName: null }, saved)).toBe(false);
  });

  it('says why a run without a kept model cannot be continued', async () => {
    useStore.setState({ runs: [summary({ modelName: 'not saved' })], saved: [] });
    expect(await continueRun('r1')).toBe(false);
    expect(state().runsMessage?.text).toBe(
      'Run 3’s model was not kept in this browser, so it cannot be continued.',
    );
  });
});
