import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../core/train/schedules';
import { initBackend } from '../../engine/backend';
import { Engine } from '../../engine/engine';
import { pageApi } from '../../worker/connect';
import type { EngineApi } from '../../worker/protocol';
import { setEngineApi } from '../engine-ref';
import { resetStore, useStore } from '../store';
import { connectEngine } from './engine';
import { runsWritesSettled } from './run-recording';
import { train } from './train';
import { setLearningRate } from './training-config';

const state = () => useStore.getState();

let engine: Engine;
/** Holds back the engine's answer to "which data do you hold?" until `release` is called. */
let release: () => void = () => {};

/** The in-page engine, with its datasetKey answer held at a gate the test opens. */
function gatedApi(): EngineApi {
  const api = pageApi(engine);
  return new Proxy(api, {
    get(target, key) {
      if (key !== 'datasetKey') return Reflect.get(target, key) as unknown;
      return async () => {
        await new Promise<void>((open) => (release = open));
        return engine.datasetKey();
      };
    },
  });
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

beforeEach(async () => {
  resetStore();
  engine = new Engine();
  await connectEngine({
    api: gatedApi(),
    mode: 'page',
    info: { backend: 'cpu', renderer: null, fallbackReason: null, available: ['cpu'] },
    note: null,
  });
  useStore.setState((s) => ({
    backendPreference: 'cpu',
    training: { ...s.training, epochs: 1, schedule: DEFAULT_SCHEDULE },
  }));
});

afterAll(() => {
  setEngineApi(null);
  engine.dispose();
});

describe('train', () => {
  it('runs at a learning rate changed while the data was on its way to the engine', async () => {
    const before = state().training.learningRate;
    const run = train();
    expect(state().trainState).toBe('training');
    // The data has not reached the engine yet: no run is there to take the change.
    setLearningRate(before / 4);
    release();
    await run;
    const rates = new Set(state().batchHistory.map((r) => r.learningRate));
    expect(state().batchHistory.length).toBeGreaterThan(0);
    expect(rates).toEqual(new Set([before / 4]));
    expect(state().training.learningRate).toBe(before / 4);
  });

  it('shows the end the engine reported, once, as the run state', async () => {
    const run = train();
    release();
    await run;
    expect(state().trainState).toBe('done');
    expect(state().trainMessage).toBeNull();
    expect(state().history.map((r) => r.epoch)).toEqual([1]);
  });

  it('continues a model whose settings still fit it, unless a fresh one is asked for', async () => {
    const trainOpen = async (options?: Parameters<typeof train>[0]) => {
      const run = train(options);
      release();
      await run;
      await runsWritesSettled();
    };
    await trainOpen();
    const first = state().model?.runId;
    await trainOpen();
    expect(state().history.map((r) => r.epoch)).toEqual([1, 2]);
    const runOf = (id: string | null | undefined) => state().runs.find((r) => r.id === id);
    expect(runOf(state().model?.runId)?.continuedFrom).toBe(first);

    await trainOpen({ fresh: true });
    expect(state().trainState).toBe('done');
    // A new model, trained from its first epoch, that continues no run.
    expect(state().history.map((r) => r.epoch)).toEqual([1]);
    expect(state().model?.runId).not.toBe(first);
    expect(runOf(state().model?.runId)).toMatchObject({ continuedFrom: null });
  });
});
