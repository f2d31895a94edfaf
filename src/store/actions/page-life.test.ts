/**
 * Tabs side by side and leaving the page: a run live in another tab (it
 * holds the run's Web Lock) is not marked interrupted, a dead one is; runs
 * are listed from memory when storage fails; leaving asks only while work
 * is at stake.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleConfig, sampleRun } from '../../core/experiments/testing';
import { putRuns, readRun } from '../runs/run-db';
import { holdRunLock } from '../runs/run-locks';
import { freshRunsDb, reloadPage } from '../runs/test-db';
import type { CurrentModel } from '../slices/run-slice';
import { useStore } from '../store';
import { selectWorkAtStake } from './page-life';
import { beginRunRecord, runsWritesSettled } from './run-recording';
import { loadRuns } from './runs';

/** navigator.locks as one browser has it: shared by every tab of the origin. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    request: async (name: string, work: () => Promise<void>) => {
      held.add(name);
      await work();
      held.delete(name);
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
}

const state = () => useStore.getState();

beforeEach(() => {
  freshRunsDb();
  vi.stubGlobal('navigator', { locks: fakeLocks() });
});
afterEach(() => vi.unstubAllGlobals());

describe('runs in two tabs', () => {
  it('leaves a run live in another tab running, and marks a dead one interrupted', async () => {
    await putRuns([sampleRun({ id: 'other-tab', status: 'running' })]);
    await putRuns([sampleRun({ id: 'closed-tab', status: 'running', startedAt: 1 })]);
    holdRunLock('other-tab');
    // This tab opens: its store knows nothing of the other tab's run.
    state().handles.runLocks.clear();
    await loadRuns();
    const status = (id: string) => state().runs.find((r) => r.id === id)?.status;
    expect(status('other-tab')).toBe('running');
    expect(status('closed-tab')).toBe('interrupted');
    const stored = await readRun('other-tab');
    expect(stored?.ok && stored.value.status).toBe('running');
  });

  it('a reload lets go of its run, so the next page marks it interrupted', async () => {
    useStore.setState({ trainState: 'training' });
    const id = beginRunRecord(sampleConfig(), null);
    await runsWritesSettled();
    reloadPage();
    await loadRuns();
    expect(state().runs[0]).toMatchObject({ id, status: 'interrupted' });
  });

  it('lists the run from memory with the reason when storage is refused', async () => {
    vi.stubGlobal('indexedDB', undefined);
    reloadPage();
    useStore.setState({ trainState: 'training' });
    const id = beginRunRecord(sampleConfig(), null);
    await runsWritesSettled();
    expect(state().runs.map((r) => r.id)).toEqual([id]);
    expect(state().runsMessage?.text).toMatch(
      /^This browser offers no storage to this page .* Runs are kept in this tab only/,
    );
  });
});

describe('leaving the page', () => {
  const model = (over: Partial<CurrentModel> = {}): CurrentModel => ({
    source: 'trained',
    name: null,
    network: state().network,
    dataset: state().datasetSpec,
    training: state().training,
    loaded: null,
    trainable: true,
    runId: 'r1',
    ...over,
  });

  it('asks only while a run goes or a trained model is not kept', () => {
    expect(selectWorkAtStake(state())).toBe(false);
    useStore.setState({ trainState: 'training' });
    expect(selectWorkAtStake(state())).toBe(true);
    useStore.setState({ trainState: 'done', model: model() });
    expect(selectWorkAtStake(state())).toBe(true);
    useStore.setState({ modelKept: { runId: 'r1', epochs: 0 } });
    expect(selectWorkAtStake(state())).toBe(false);
    // Trained further after the save: the new epochs are not kept.
    useStore.setState({ model: model({ runId: 'r2' }) });
    expect(selectWorkAtStake(state())).toBe(true);
    // A model from a file that cannot train here has nothing to lose.
    useStore.setState({ model: model({ trainable: false, runId: null }) });
    expect(selectWorkAtStake(state())).toBe(false);
  });
});
