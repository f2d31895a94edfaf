/**
 * The runs list kept in IndexedDB (on fake-indexeddb): rename, delete with
 * Undo, selection, the experiment file both ways, and how fast a long list
 * of long runs is read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { batchAt, epochAt, range, sampleRun } from '../../core/experiments/testing';
import { putRuns, readRun } from '../runs/run-db';
import { freshRunsDb, reloadPage } from '../runs/test-db';
import { useStore } from '../store';
import {
  deleteAllRuns,
  deleteRun,
  exportExperiment,
  importExperiment,
  latestRunId,
  loadRuns,
  renameRun,
  setRunsSelected,
  toggleRunSelected,
  undoRunsDelete,
} from './runs';

const state = () => useStore.getState();
const three = () =>
  [1, 2, 3].map((n) => sampleRun({ id: `r${n}`, name: `Run ${n}`, startedAt: n }));
const names = () => state().runs.map((r) => r.name);

beforeEach(async () => {
  freshRunsDb();
  await putRuns(three());
  await loadRuns();
});

describe('managing runs', () => {
  it('lists newest first, with the space they use', () => {
    expect(names()).toEqual(['Run 3', 'Run 2', 'Run 1']);
    expect(latestRunId()).toBe('r3');
    const usage = state().runsUsage;
    expect(usage?.count).toBe(3);
    expect(usage?.bytes).toBeGreaterThan(3 * 1000);
  });

  it('renames a run, refusing an empty or overlong name', async () => {
    expect(await renameRun('r2', '  wide net  ')).toBe(true);
    expect(names()).toContain('wide net');
    expect(await renameRun('r2', '   ')).toBe(false);
    expect(state().runsMessage?.text).toBe('A run name cannot be empty.');
    expect(await renameRun('r2', 'x'.repeat(201))).toBe(false);
    expect(state().runsMessage?.text).toContain('at most 200 characters (this one has 201)');
    reloadPage();
    await loadRuns();
    expect(names()).toContain('wide net');
  });

  it('deletes one run, and Undo puts it back as it was', async () => {
    setRunsSelected(['r1', 'r2']);
    await deleteRun('r2');
    expect(names()).toEqual(['Run 3', 'Run 1']);
    expect(state().runsSelected).toEqual(['r1']);
    expect(state().runsMessage?.text).toBe('Deleted Run 2.');
    expect(await readRun('r2')).toBeNull();
    await undoRunsDelete();
    expect(names()).toEqual(['Run 3', 'Run 2', 'Run 1']);
    expect(await readRun('r2')).toEqual({ ok: true, value: three()[1] });
    expect(state().runsUndo).toBeNull();
  });

  it('deletes all runs, and Undo puts them all back', async () => {
    await deleteAllRuns();
    expect(state().runs).toEqual([]);
    expect(state().runsUsage?.count).toBe(0);
    expect(state().runsMessage?.text).toBe('Deleted 3 runs.');
    await undoRunsDelete();
    expect(names()).toEqual(['Run 3', 'Run 2', 'Run 1']);
    expect(state().runsMessage?.text).toBe('Restored 3 runs.');
  });

  it('keeps at most 8 runs selected, the newest choices', () => {
    setRunsSelected(range(1, 10).map((n) => `x${n}`));
    expect(state().runsSelected).toEqual(range(3, 10).map((n) => `x${n}`));
    toggleRunSelected('x5');
    expect(state().runsSelected).not.toContain('x5');
    toggleRunSelected('r1');
    expect(state().runsSelected.at(-1)).toBe('r1');
  });

  it('exports runs as an experiment file and imports it as new runs', async () => {
    const out = await exportExperiment(['r1', 'r2']);
    expect(out?.fileName).toMatch(/^experiment-\d{4}-\d\d-\d\d-\d{4}\.json$/);
    const text = await out!.blob.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'nn-playground-experiment', version: 1 });
    const file = Object.assign(new Blob([text]), { name: 'mine.json' });
    expect(await importExperiment(file)).toBe(2);
    expect(state().runs).toHaveLength(5);
    const imported = state().runs.filter((r) => !['r1', 'r2', 'r3'].includes(r.id));
    expect(imported.map((r) => r.name).sort()).toEqual(['Run 1', 'Run 2']);
    const back = await readRun(imported[0]!.id);
    expect(back?.ok && back.value.epochs).toEqual(three()[0]?.epochs);
    expect(state().runsMessage?.text).toBe('Imported 2 runs from mine.json.');
  });

  it('refuses a bad experiment file with a message naming the problem', async () => {
    const bad = {
      format: 'nn-playground-experiment',
      version: 1,
      runs: [{ ...three()[0], colour: 'red' }],
    };
    const file = Object.assign(new Blob([JSON.stringify(bad)]), { name: 'bad.json' });
    expect(await importExperiment(file)).toBe(0);
    expect(state().runsMessage?.text).toBe(
      '"bad.json" was not imported: run 1: colour must be a number',
    );
    expect(state().runs).toHaveLength(3);
    const huge = { size: 60 * 1024 * 1024, text: () => Promise.reject(new Error('read')) };
    expect(await importExperiment(huge as unknown as Blob)).toBe(0);
    expect(state().runsMessage?.text).toContain('at most 50.0 MB');
  });

  it('lists 100 runs of 1,000 epochs each quickly, reading no history', async () => {
    const long = range(1, 100).map((n) =>
      sampleRun({
        id: `long${n}`,
        startedAt: 100 + n,
        epochs: range(1, 1000).map(epochAt),
        batches: range(1, 2000).map(batchAt),
      }),
    );
    let t = performance.now();
    await putRuns(long);
    const writeMs = performance.now() - t;
    reloadPage();
    t = performance.now();
    await loadRuns();
    const listMs = performance.now() - t;
    console.log(
      `100 runs × 1,000 epochs: written in ${writeMs.toFixed(0)} ms, listed in ${listMs.toFixed(0)} ms`,
    );
    expect(state().runs).toHaveLength(103);
    expect(state().runs[0]).toMatchObject({ id: 'long100', epochs: 1000 });
    expect(state().runsUsage!.bytes).toBeGreaterThan(100 * 100_000);
  });
});
