/**
 * Runs recorded from the engine's events and kept in IndexedDB (on
 * fake-indexeddb): written while the run goes, read back after a reload,
 * interrupted when the page went away mid-run, and capped in number.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { epochAt, range, batchAt, sampleConfig, sampleRun } from '../../core/experiments/testing';
import type { RunEvent } from '../../worker/protocol';
import { nextRunNumber, putRuns, readRun } from '../runs/run-db';
import { freshRunsDb, reloadPage } from '../runs/test-db';
import { RUNS_LIMIT } from '../slices/runs-slice';
import { useStore } from '../store';
import { flushEngineEvents } from './engine';
import { beginRunRecord, runsWritesSettled } from './run-recording';
import { getRunHistory, loadRuns } from './runs';
import { startRuns } from './runs-startup';

const state = () => useStore.getState();

/** Events as the engine streams them, applied as the store applies them. */
function stream(events: RunEvent[]): void {
  state().handles.pendingEvents.push(...events);
  flushEngineEvents();
}

const epochEvents = (from: number, to: number): RunEvent[] =>
  range(from, to).flatMap((n) => [
    { type: 'batches', records: range(n * 10 - 9, n * 10).map(batchAt) } as RunEvent,
    { type: 'epoch', record: epochAt(n) } as RunEvent,
  ]);

beforeEach(freshRunsDb);

describe('recording runs', () => {
  it("lets go of the run's lock only once its end is stored", async () => {
    // A lock manager that grants at once, as the browser does for a free lock.
    vi.stubGlobal('navigator', {
      locks: { request: (_name: string, grant: () => Promise<void>) => grant() },
    });
    try {
      useStore.setState({ trainState: 'training' });
      const id = beginRunRecord(sampleConfig(), null);
      expect(state().handles.runLocks.has(id)).toBe(true);
      stream([...epochEvents(1, 1), { type: 'ended', outcome: 'stopped', message: null }]);
      // Another tab reading the runs now still finds the run held.
      expect(state().handles.runLocks.has(id)).toBe(true);
      await runsWritesSettled();
      await Promise.resolve();
      expect(state().handles.runLocks.has(id)).toBe(false);
      const stored = await readRun(id);
      expect(stored?.ok && stored.value.status).toBe('stopped');
    } finally {
      await runsWritesSettled();
      vi.unstubAllGlobals();
    }
  });

  it('records a run from its start to its end and lists it', async () => {
    useStore.setState({ trainState: 'training', nextRunSweepId: 'sweep-a' });
    const id = beginRunRecord(sampleConfig(), null);
    expect(state().nextRunSweepId).toBeNull();
    stream(epochEvents(1, 2));
    // The running run's history is there before it is stored.
    expect((await getRunHistory(id))?.epochs).toHaveLength(2);
    stream([...epochEvents(3, 3), { type: 'ended', outcome: 'done', message: null }]);
    await runsWritesSettled();
    expect(state().runsActive).toBeNull();
    expect(state().runs).toHaveLength(1);
    expect(state().runs[0]).toMatchObject({
      id,
      name: 'Run 1',
      status: 'done',
      epochs: 3,
      metric: 'accuracy',
      finalValMetric: epochAt(3).valAcc,
      bestValMetric: epochAt(3).valAcc,
      finalTrainLoss: epochAt(3).loss,
      sweepId: 'sweep-a',
    });
    expect(state().runsSelected).toEqual([id]);
    const stored = await readRun(id);
    expect(stored?.ok && stored.value.epochs).toEqual(range(1, 3).map(epochAt));
    expect(stored?.ok && stored.value.batches).toHaveLength(30);
  });

  it('writes a running run at most every 2 s, and at once when it ends', async () => {
    useStore.setState({ trainState: 'training' });
    beginRunRecord(sampleConfig(), null);
    await runsWritesSettled();
    stream(epochEvents(1, 1));
    stream(epochEvents(2, 2));
    // The first write was just now: the next one waits its turn.
    expect(state().handles.runsWriteTimer).not.toBeNull();
    expect(state().runs[0]?.epochs).toBe(0);
    stream([{ type: 'ended', outcome: 'stopped', message: null }]);
    expect(state().handles.runsWriteTimer).toBeNull();
    await runsWritesSettled();
    expect(state().runs[0]).toMatchObject({ status: 'stopped', epochs: 2 });
  });

  it('numbers runs on, never reusing a number, across reloads', async () => {
    for (let i = 0; i < 2; i++) {
      beginRunRecord(sampleConfig(), null);
      stream([{ type: 'ended', outcome: 'done', message: null }]);
      await runsWritesSettled();
    }
    await runsWritesSettled();
    reloadPage();
    await loadRuns();
    beginRunRecord(sampleConfig(), state().runs[0]?.id ?? null);
    await runsWritesSettled();
    expect(state().runs.map((r) => r.name)).toEqual(['Run 3', 'Run 2', 'Run 1']);
    expect(state().runs[0]?.continuedFrom).toBe(state().runs[1]?.id);
  });

  it('takes the next stored number when a run starts before the runs were read', async () => {
    await nextRunNumber(5);
    const id = beginRunRecord(sampleConfig(), null);
    await vi.waitFor(() => expect(state().runsActive?.record.name).toBe('Run 6'));
    await runsWritesSettled();
    expect(state().runs.find((r) => r.id === id)).toMatchObject({ name: 'Run 6', colour: 5 });
    expect(state().runsLastNumber).toBe(6);
  });

  it('marks a run cut short by a reload as interrupted, keeping what it had', async () => {
    useStore.setState({ trainState: 'training' });
    const id = beginRunRecord(sampleConfig(), null);
    await runsWritesSettled();
    // The second write is due two seconds after the first: pretend they have passed.
    state().handles.runsWrittenAt = 0;
    stream(epochEvents(1, 2));
    await runsWritesSettled();
    reloadPage();
    await loadRuns();
    expect(state().runs[0]).toMatchObject({ id, status: 'interrupted', epochs: 2 });
    const stored = await readRun(id);
    expect(stored?.ok && stored.value.status).toBe('interrupted');
  });

  it('shows the newest run’s charts after a reload, with the runs it continued, and no model', async () => {
    await putRuns([
      sampleRun({ id: 'other', name: 'Run 1', startedAt: 1 }),
      sampleRun({ id: 'first', name: 'Run 2', startedAt: 2, epochs: [epochAt(1)] }),
      sampleRun({
        id: 'then',
        name: 'Run 3',
        startedAt: 3,
        continuedFrom: 'first',
        epochs: [epochAt(2), epochAt(3)],
        batches: [batchAt(40)],
      }),
    ]);
    await startRuns();
    expect(state().history).toEqual([epochAt(1), epochAt(2), epochAt(3)]);
    expect(state().batchHistory).toHaveLength(31);
    expect(state().model).toBeNull();
    expect(state().trainState).toBe('idle');
    expect(state().trainMessage?.text).toContain('Run 3 (before reload)');
  });

  it(`keeps at most ${RUNS_LIMIT} runs, dropping the oldest unstarred and saying so`, async () => {
    const old = range(1, RUNS_LIMIT).map((n) =>
      sampleRun({ id: `r${n}`, name: `Run ${n}`, startedAt: n, starred: n === 1 }),
    );
    await putRuns(old);
    await loadRuns();
    beginRunRecord(sampleConfig(), null);
    await runsWritesSettled();
    const ids = state().runs.map((r) => r.id);
    expect(ids).toHaveLength(RUNS_LIMIT);
    expect(ids).toContain('r1'); // starred
    expect(ids).not.toContain('r2');
    expect(await readRun('r2')).toBeNull();
    expect(state().runsMessage?.text).toContain('dropped the oldest unstarred (Run 2)');
    expect(state().runsUsage).toMatchObject({ count: RUNS_LIMIT, limit: RUNS_LIMIT });
  });

  it('reports damaged stored runs instead of failing', async () => {
    await putRuns([sampleRun()]);
    const { openDB } = await import('idb');
    const d = await openDB('nn-playground-runs');
    await d.put('summaries', { id: 'bad', name: 3 }, 'bad');
    d.close();
    reloadPage();
    await loadRuns();
    expect(state().runs.map((r) => r.id)).toEqual(['run-1']);
    expect(state().runsDamaged).toEqual([{ id: 'bad', error: 'name must be a string' }]);
    expect(state().runsMessage?.kind).toBe('error');
  });
});
