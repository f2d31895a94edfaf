/**
 * Runs recorded from real training: the engine in Node on the cpu backend
 * drives the store as the page would, and the runs land in IndexedDB (on
 * fake-indexeddb) with their outcome, backend and continuation link.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../core/train/schedules';
import { initBackend } from '../../engine/backend';
import { Engine } from '../../engine/engine';
import { closeModelStore } from '../../engine/model-store';
import { pageApi } from '../../worker/connect';
import { setEngineApi } from '../engine-ref';
import { readRun } from '../runs/run-db';
import { freshRunsDb } from '../runs/test-db';
import { useStore } from '../store';
import { connectEngine } from './engine';
import { saveToBrowser } from './models';
import { runsWritesSettled } from './run-recording';
import { train } from './train';

const state = () => useStore.getState();
let engine: Engine;

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

beforeEach(async () => {
  closeModelStore();
  freshRunsDb();
  engine = new Engine();
  await connectEngine({
    api: pageApi(engine),
    mode: 'page',
    info: { backend: 'cpu', renderer: null, fallbackReason: null, available: ['cpu'] },
    note: null,
  });
  useStore.setState((s) => ({
    backendPreference: 'cpu',
    training: { ...s.training, epochs: 2, schedule: DEFAULT_SCHEDULE },
  }));
});

afterAll(() => {
  setEngineApi(null);
  engine.dispose();
});

describe('runs recorded from training', () => {
  it('keeps each run, links a continued one, and notes the saved model', async () => {
    await train();
    await train(); // the same settings: continues the model
    await runsWritesSettled();
    const [second, first] = state().runs;
    expect(first).toMatchObject({ name: 'Run 1', status: 'done', epochs: 2, backend: 'cpu' });
    expect(second).toMatchObject({ name: 'Run 2', status: 'done', epochs: 2 });
    expect(second?.continuedFrom).toBe(first?.id);
    expect(state().runsSelected).toEqual([first?.id, second?.id]);
    const stored = await readRun(second!.id);
    expect(stored?.ok && stored.value.epochs.map((e) => e.epoch)).toEqual([3, 4]);
    expect(stored?.ok && stored.value.config.training.epochs).toBe(2);

    expect(await saveToBrowser('kept', { replace: false, includeOptimizer: false })).toBe(true);
    await runsWritesSettled();
    expect(state().runs[0]).toMatchObject({ id: second?.id, modelName: 'kept' });
  });
});
