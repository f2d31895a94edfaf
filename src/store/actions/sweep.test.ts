import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../core/train/schedules';
import { initBackend } from '../../engine/backend';
import { Engine } from '../../engine/engine';
import { pageApi } from '../../worker/connect';
import { DataService } from '../../worker/data-service';
import { localDataApi, setDataApi } from '../../worker/data-client';
import { setEngineApi } from '../engine-ref';
import { resetStore, useStore } from '../store';
import { connectEngine } from './engine';
import { applyDatasetSpec } from './data';
import { currentRunConfig } from './run-config';
import { runSweep, stopSweep } from './sweep';

const state = () => useStore.getState();
const noFetch = () => Promise.reject(new Error('no files in this test'));
let engine: Engine;

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

beforeEach(async () => {
  resetStore();
  setDataApi(localDataApi(new DataService(noFetch)));
  engine = new Engine();
  await connectEngine({
    api: pageApi(engine),
    mode: 'page',
    info: { backend: 'cpu', renderer: null, fallbackReason: null, available: ['cpu'] },
    note: null,
  });
  const r = await applyDatasetSpec({ ...state().datasetSpec, samples: 60 });
  expect(r.ok).toBe(true);
  useStore.setState((s) => ({
    backendPreference: 'cpu',
    training: { ...s.training, epochs: 2, batchSize: 30, schedule: DEFAULT_SCHEDULE },
  }));
});

afterAll(() => {
  setEngineApi(null);
  engine.dispose();
});

describe('runSweep', () => {
  it('trains one new model per value, tagged, then restores the config and selects the runs', async () => {
    const own = currentRunConfig(state());
    await runSweep([{ setting: 'learningRate', values: [0.01, 0.1, 0.5] }], 1);
    const s = state();
    expect(s.sweepMessage).toEqual({
      kind: 'info',
      text: 'Sweep done: 3 of 3 runs trained; your settings are back.',
    });
    const sweepRuns = s.runs.filter((r) => r.sweepId === s.sweepResult?.sweepId);
    expect(sweepRuns.map((r) => r.config.training.learningRate).sort()).toEqual([0.01, 0.1, 0.5]);
    // Each is a new model of two epochs, not a continuation.
    expect(sweepRuns.every((r) => r.continuedFrom === null && r.epochs === 2)).toBe(true);
    expect([...s.runsSelected].sort()).toEqual(sweepRuns.map((r) => r.id).sort());
    expect(currentRunConfig(s)).toEqual(own);
    expect(s.nextRunSweepId).toBeNull();
    expect(s.sweepStatus).toBe('idle');

    const result = s.sweepResult;
    expect(result?.summary.map((c) => c.label)).toEqual(['lr=0.01', 'lr=0.1', 'lr=0.5']);
    const best = sweepRuns.reduce((a, b) =>
      (b.bestValMetric ?? -1) > (a.bestValMetric ?? -1) ? b : a,
    );
    expect(result?.bestRunId).toBe(best.id);
  }, 60_000);

  it('refuses a plan it cannot run, starting nothing', async () => {
    await runSweep([{ setting: 'seed', values: [1, 2] }], 2);
    expect(state().sweepMessage?.kind).toBe('error');
    expect(state().runs).toEqual([]);
    expect(state().sweepStatus).toBe('idle');
  });

  it('stops the current run and the rest', async () => {
    useStore.setState((s) => ({ training: { ...s.training, epochs: 200 } }));
    const sweep = runSweep([{ setting: 'batchSize', values: [10, 20, 30] }], 1);
    await new Promise<void>((resolve) => {
      const off = useStore.subscribe((s) => {
        if (s.history.length > 0) {
          off();
          resolve();
        }
      });
    });
    stopSweep();
    await sweep;
    const s = state();
    expect(s.sweepMessage?.text).toBe('Sweep stopped after 1 of 3 runs; your settings are back.');
    expect(s.runs.filter((r) => r.sweepId !== null)).toHaveLength(1);
    expect(s.runs[0]?.status).toBe('stopped');
  }, 60_000);
});
