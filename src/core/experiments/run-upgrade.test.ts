import { describe, expect, it } from 'vitest';
import { runRecordSchema, type RunRecord } from './run-record';
import { describeIssue, issuePath, upgradeRunRecord } from './run-upgrade';
import { sampleRun } from './testing';

describe('run records read back', () => {
  it('pass the schema and come back equal after a JSON round trip', () => {
    const run = sampleRun({ sweepId: 'sweep-1', modelName: 'mine', starred: true });
    expect(runRecordSchema.safeParse(run).success).toBe(true);
    expect(upgradeRunRecord(JSON.parse(JSON.stringify(run)))).toEqual({ ok: true, value: run });
  });

  it('upgrade an earlier shape without version, sweepId or modelName', () => {
    const old: Partial<RunRecord> = sampleRun();
    delete old.version;
    delete old.sweepId;
    delete old.modelName;
    const up = upgradeRunRecord(old);
    expect(up).toEqual({ ok: true, value: sampleRun() });
  });

  it('refuse a record from a newer app, saying so', () => {
    const up = upgradeRunRecord({ ...sampleRun(), version: 9 });
    expect(up).toEqual({
      ok: false,
      error: 'it was written by a newer version of the app (run format 9; this one reads up to 1)',
    });
  });

  it('name the field that is wrong', () => {
    const run = sampleRun();
    const bad = { ...run, epochs: run.epochs.map((e, i) => (i === 2 ? { ...e, loss: 'x' } : e)) };
    expect(upgradeRunRecord(bad)).toEqual({ ok: false, error: 'epochs[2].loss must be a number' });
    const unnamed: Partial<RunRecord> = sampleRun();
    delete unnamed.name;
    expect(upgradeRunRecord(unnamed)).toEqual({ ok: false, error: 'name is missing' });
    expect(upgradeRunRecord({ ...run, status: 'odd' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^status must be one of "running", "done"/),
    });
    expect(upgradeRunRecord([1])).toEqual({ ok: false, error: 'the run is not an object' });
  });

  it('write paths and messages as a person reads them', () => {
    expect(issuePath(['config', 'network', 'layers', 0, 'units'])).toBe(
      'config.network.layers[0].units',
    );
    expect(describeIssue({ code: 'custom', path: [], message: 'odd', input: null } as never)).toBe(
      'the record: odd',
    );
  });
});
