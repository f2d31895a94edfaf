import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../core/data/dataset';
import { DEFAULT_DATASET_SPEC, type DatasetSpec } from '../../core/data/dataset-spec';
import type { BatchRecord } from '../../core/train/history';
import type { GridRequest, GridResult } from '../../worker/protocol';
import type { EngineApi } from '../../worker/protocol';
import { setEngineApi } from '../engine-ref';
import { startReactions } from '../reactions';
import { resetStore, useStore, type CurrentModel } from '../store';
import { trainedModel } from '../test-support';
import { REFRESH_MS, refreshWait, selectBoundary, watchBoundary } from './boundary';

const state = () => useStore.getState();

/** A fake engine whose grid requests resolve when the test says so. */
function fakeEngine() {
  const calls: { req: GridRequest; resolve: (r: GridResult) => void }[] = [];
  const api = {
    predictGrid: vi.fn(
      (req: GridRequest) =>
        new Promise<GridResult>((resolve) => {
          calls.push({ req, resolve });
        }),
    ),
    // A store reset applies the language, which the engine is told too.
    setLanguage: () => Promise.resolve(),
  };
  setEngineApi(api as unknown as EngineApi);
  return { api, calls };
}

const grid = (v: number): GridResult => ({
  resolution: 100,
  outputs: 2,
  values: new Float32Array(100 * 100 * 2).fill(v),
  neurons: null,
  neuronProblem: null,
});

const model = (): CurrentModel => trainedModel(state());

const steps = (from: number, n: number): BatchRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    step: from + i,
    epoch: 1,
    loss: 1,
    metric: 0.5,
    learningRate: 0.01,
    elapsedMs: i,
  }));

let stop: () => void = () => {};
let stopReactions: () => void = () => {};
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  resetStore();
  useStore.setState({
    engine: { status: 'ready', mode: 'page', backend: 'cpu', renderer: null, note: null },
  });
  stopReactions = startReactions();
});

afterEach(() => {
  stop();
  stopReactions();
  vi.useRealTimers();
});

describe('boundary refresh policy', () => {
  it('computes the map once a model exists, for the plane at 100 × 100', async () => {
    const { api, calls } = fakeEngine();
    stop = watchBoundary();
    expect(api.predictGrid).not.toHaveBeenCalled();
    useStore.setState({ model: model() });
    expect(api.predictGrid).toHaveBeenCalledTimes(1);
    expect(calls[0]?.req.resolution).toBe(100);
    calls[0]?.resolve(grid(0.5));
    await flush();
    expect(selectBoundary(state())?.grid.values[0]).toBe(0.5);
  });

  it('while training: throttled, only on new steps, never two in flight', async () => {
    const { api, calls } = fakeEngine();
    stop = watchBoundary();
    useStore.setState({ model: model(), trainState: 'training' });
    expect(api.predictGrid).not.toHaveBeenCalled(); // no steps yet
    useStore.setState({ batchHistory: steps(1, 5) });
    expect(api.predictGrid).toHaveBeenCalledTimes(1);
    // Many batches arrive while the first request is still out.
    for (let i = 0; i < 20; i++)
      useStore.setState((s) => ({ batchHistory: s.batchHistory.concat(steps(6 + i, 1)) }));
    await vi.advanceTimersByTimeAsync(REFRESH_MS * 3);
    expect(api.predictGrid).toHaveBeenCalledTimes(1);
    calls[0]?.resolve(grid(0.1));
    await flush();
    expect(state().boundary?.step).toBe(5);
    expect(state().boundary?.final).toBe(false);
    // That map took 1.5 s (a slow machine): the next waits 9 × as long after it.
    await vi.advanceTimersByTimeAsync(9 * REFRESH_MS * 3 - 1);
    expect(api.predictGrid).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.predictGrid).toHaveBeenCalledTimes(2);
    calls[1]?.resolve(grid(0.2));
    await flush();
    useStore.setState((s) => ({ batchHistory: s.batchHistory.concat(steps(30, 1)) }));
    expect(api.predictGrid).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(REFRESH_MS);
    expect(api.predictGrid).toHaveBeenCalledTimes(3);
    calls[2]?.resolve(grid(0.3));
    await flush();
    // No new steps: no more requests.
    await vi.advanceTimersByTimeAsync(REFRESH_MS * 4);
    expect(api.predictGrid).toHaveBeenCalledTimes(3);
    // The run ends: one more, at once.
    useStore.setState({ trainState: 'done' });
    expect(api.predictGrid).toHaveBeenCalledTimes(4);
    calls[3]?.resolve(grid(0.4));
    await flush();
    expect(state().boundary?.final).toBe(true);
  });

  it("remakes the final map when the run's last epoch record lands after its end", async () => {
    const { api, calls } = fakeEngine();
    stop = watchBoundary();
    useStore.setState({ model: model(), trainState: 'training', batchHistory: steps(1, 5) });
    calls[0]?.resolve(grid(0.1));
    await flush();
    useStore.setState({ trainState: 'done' });
    expect(api.predictGrid).toHaveBeenCalledTimes(2);
    calls[1]?.resolve(grid(0.2));
    await flush();
    expect(state().boundary?.epochsDone).toBe(0);
    const record = {
      epoch: 1,
      loss: 1,
      acc: 0.5,
      valLoss: 1,
      valAcc: 0.5,
      learningRate: 0.01,
      elapsedMs: 5,
    };
    useStore.setState({ history: [record] });
    expect(api.predictGrid).toHaveBeenCalledTimes(3);
    calls[2]?.resolve(grid(0.3));
    await flush();
    expect(state().boundary).toMatchObject({ epochsDone: 1, final: true });
  });

  it('waits the interval, or 9 × the last map time after it, whichever is later', () => {
    expect(refreshWait(1000, 900, 950)).toBe(400);
    expect(refreshWait(1000, 0, 200)).toBe(1000);
    expect(refreshWait(5000, 0, 200)).toBe(0);
    // A map known to take 20 ms when idle counts as 20 ms, however long it waited.
    expect(refreshWait(1000, 0, 900)).toBe(8000);
    expect(refreshWait(1000, 0, 900, 20)).toBe(80);
    expect(refreshWait(1000, 700, 900, 50)).toBe(350);
  });

  it('counts the time of an idle map, not the wait behind training, for the same network', async () => {
    const { api, calls } = fakeEngine();
    stop = watchBoundary();
    useStore.setState({ model: model() });
    await vi.advanceTimersByTimeAsync(40); // the idle map takes 40 ms
    calls[0]?.resolve(grid(0.1));
    await flush();
    useStore.setState({ trainState: 'training', batchHistory: steps(1, 2) });
    await vi.advanceTimersByTimeAsync(REFRESH_MS);
    expect(api.predictGrid).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000); // queued behind training for 3 s
    calls[1]?.resolve(grid(0.2));
    await flush();
    useStore.setState((s) => ({ batchHistory: s.batchHistory.concat(steps(3, 1)) }));
    // 9 × 40 ms after it, not 9 × 3 s.
    await vi.advanceTimersByTimeAsync(9 * 40);
    expect(api.predictGrid).toHaveBeenCalledTimes(3);
  });

  it('clears the map when the data changes, and never stores a map for other data', async () => {
    const { calls } = fakeEngine();
    stop = watchBoundary();
    useStore.setState({ model: model() });
    calls[0]?.resolve(grid(0.5));
    await flush();
    expect(state().boundary).not.toBeNull();
    const spec: DatasetSpec = { ...(DEFAULT_DATASET_SPEC as DatasetSpec), seed: 99 } as DatasetSpec;
    useStore.setState({ datasetSpec: spec, dataset: buildDataset(spec) });
    expect(state().boundary).toBeNull();
    // A request made for the old data that returns late is dropped.
    expect(calls.length).toBe(2);
    useStore.setState({ dataset: buildDataset({ ...spec, seed: 98 } as DatasetSpec) });
    calls[1]?.resolve(grid(0.7));
    await flush();
    expect(state().boundary?.grid.values[0]).not.toBe(0.7);
  });

  it('asks nothing for data that is not the plane, and clears on reset', async () => {
    const { api, calls } = fakeEngine();
    stop = watchBoundary();
    useStore.setState({ model: model() });
    calls[0]?.resolve(grid(0.5));
    await flush();
    useStore.setState({ model: null });
    expect(state().boundary).toBeNull();
    const digits = { ...state().dataset, inputShape: [28, 28, 1] };
    useStore.setState({ dataset: digits, model: model() });
    expect(api.predictGrid).toHaveBeenCalledTimes(1);
  });

  it('shows an engine error as a message', async () => {
    setEngineApi({
      predictGrid: () => Promise.reject(new Error('This model takes 3 inputs.')),
      setLanguage: () => Promise.resolve(),
    } as unknown as EngineApi);
    stop = watchBoundary();
    useStore.setState({ model: model() });
    await flush();
    expect(state().boundaryError).toBe('This model takes 3 inputs.');
  });
});
