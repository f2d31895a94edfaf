import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { roundRate } from '../../core/train/lr-range';
import { initBackend } from '../../engine/backend';
import { Engine } from '../../engine/engine';
import { pageApi } from '../../worker/connect';
import { selectTrainBlockers } from '../selectors';
import { selectLrFinderStale } from '../slices/lr-finder-slice';
import { resetStore, useStore } from '../store';
import { connectEngine, flushEngineEvents } from './engine';
import {
  applySuggestedRate,
  cancelLearningRateTest,
  findLearningRate,
  setLrRange,
} from './lr-finder';
import { setLearningRate, setTraining } from './training-config';

const state = () => useStore.getState();

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

beforeEach(async () => {
  resetStore();
  await connectEngine({
    api: pageApi(new Engine()),
    mode: 'page',
    info: { backend: 'cpu', renderer: null, fallbackReason: null, available: ['cpu'] },
    note: null,
  });
});

describe('finding a learning rate', () => {
  it('shows the curve and its suggestion, and leaves the run alone', async () => {
    const test = findLearningRate();
    expect(state().lrFinder.status).toBe('running');
    expect(selectTrainBlockers(state())).toContain(
      'The learning-rate test is running: wait for it, or cancel it.',
    );
    await test;
    flushEngineEvents();
    const f = state().lrFinder;
    expect(f.status).toBe('done');
    expect(f.message).toBeNull();
    expect(f.progress).toBeNull();
    expect(f.result?.rates.length).toBe(f.result?.smoothed.length);
    expect(f.result?.startedFrom).toBe('fresh');
    expect(state().trainState).toBe('idle');
    expect(state().history).toEqual([]);
    expect(state().batchHistory).toEqual([]);
    expect(state().model).toBeNull();
    expect(selectTrainBlockers(state())).toEqual([]);
  });

  it('uses the suggestion, rounded to 2 significant digits', async () => {
    await findLearningRate();
    const rate = state().lrFinder.result?.suggestion.rate;
    expect(rate).toBeGreaterThan(0);
    applySuggestedRate();
    expect(state().training.learningRate).toBe(roundRate(rate as number));
  });

  it('knows when the settings have changed since the test; the rate alone does not count', async () => {
    await findLearningRate();
    expect(selectLrFinderStale(state())).toBe(false);
    setLearningRate(0.5);
    expect(selectLrFinderStale(state())).toBe(false);
    setTraining({ batchSize: 32 });
    expect(selectLrFinderStale(state())).toBe(true);
  });

  it('cancels, saying so, with the learning rate unchanged', async () => {
    const before = state().training.learningRate;
    const test = findLearningRate();
    cancelLearningRateTest();
    await test;
    expect(state().lrFinder).toMatchObject({
      status: 'idle',
      result: null,
      message: { kind: 'info', text: 'Cancelled: the learning rate is unchanged.' },
    });
    expect(state().training.learningRate).toBe(before);
  });

  it('runs over the range set, and refuses one outside the limits', async () => {
    setLrRange({ startLr: 1e-4, endLr: 1, steps: 20 });
    await findLearningRate();
    const rates = state().lrFinder.result?.rates ?? [];
    expect(rates[0]).toBeCloseTo(1e-4, 12);
    expect(rates.length).toBeLessThanOrEqual(20);
    expect(rates.at(-1)).toBeLessThanOrEqual(1 + 1e-12);
    setLrRange({ steps: 5 });
    expect(selectLrFinderStale(state())).toBe(true);
    await findLearningRate();
    expect(state().lrFinder.message?.text).toBe('The test can’t run yet: Run at least 10 batches.');
  });

  it('says why it cannot run', async () => {
    const base = state().datasetSpec;
    useStore.setState({
      dataLoading: { spec: null, kind: 'mnist', label: 'Loading digits…', base },
    });
    await findLearningRate();
    expect(state().lrFinder.status).toBe('error');
    expect(state().lrFinder.message?.text).toBe('The test can’t run yet: Loading digits…');
    useStore.setState({ dataLoading: null, trainState: 'training' });
    await findLearningRate();
    expect(state().lrFinder.message?.text).toBe('Stop training before finding a learning rate.');
  });
});
