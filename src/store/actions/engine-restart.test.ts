/**
 * A restarted engine takes the current model back: the last epoch's weights
 * of a trained model, or a model loaded from the library or from files
 * loaded again the same way. The engine runs in Node on the cpu backend,
 * and the restart starts a new one on the page.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../core/train/schedules';
import { initBackend } from '../../engine/backend';
import { Engine } from '../../engine/engine';
import { closeModelStore } from '../../engine/model-store';
import { pageApi } from '../../worker/connect';
import { engineApi, setEngineApi } from '../engine-ref';
import { freshRunsDb } from '../runs/test-db';
import { useStore } from '../store';
import { connectEngine, restartEngine } from './engine';
import { uploadModel } from './model-files';
import { deleteSaved, loadSaved, saveToBrowser } from './models';
import { train } from './train';

const state = () => useStore.getState();
const probe = () => engineApi().predict(new Float32Array([0.3, -0.2]), [2]);
const crash = () => restartEngine({ kind: 'crashed', detail: 'a test' });
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
  state().handles.engineOptions = { backend: 'cpu', mode: 'page' };
});

afterAll(() => {
  setEngineApi(null);
  engine.dispose();
});

describe('a restarted engine', () => {
  it('takes back the trained model at its last epoch', async () => {
    await train();
    const before = await probe();
    await crash();
    expect(state().trainMessage?.text).toContain('The weights of epoch 2 are kept');
    expect(state().model?.source).toBe('trained');
    expect(await probe()).toEqual(before);
  });

  it('loads a model from the library again, not the weights of the model trained before it', async () => {
    await train();
    expect(await saveToBrowser('kept', { replace: false, includeOptimizer: false })).toBe(true);
    await train(); // two more epochs: the snapshot now differs from the saved weights
    await loadSaved('kept');
    const before = await probe();
    await crash();
    expect(state().trainMessage?.text).toContain("loaded again from this browser's library");
    expect(state().model).toMatchObject({ source: 'browser', name: 'kept' });
    expect(state().history.map((r) => r.epoch)).toEqual([1, 2]);
    expect(await probe()).toEqual(before);
  });

  it('loads a model from files again', async () => {
    await train();
    const files = await engineApi().exportFiles(null);
    await uploadModel([
      new File([files.modelJson], 'model.json'),
      new File([files.weights], 'weights.bin'),
    ]);
    expect(state().model?.source).toBe('file');
    const before = await probe();
    await crash();
    expect(state().trainMessage?.text).toContain('loaded again from its files');
    expect(await probe()).toEqual(before);
  });

  it('says the model was lost when the library no longer has it', async () => {
    await train();
    expect(await saveToBrowser('gone', { replace: false, includeOptimizer: false })).toBe(true);
    await loadSaved('gone');
    await deleteSaved('gone');
    await crash();
    expect(state().trainMessage?.text).toContain('The model was lost');
    expect(state().model).toBeNull();
  });
});
