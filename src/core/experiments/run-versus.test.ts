import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import type { EpochRecord } from '../train/history';
import type { RunRecord } from './run-record';
import { summarizeRun, type RunSummary } from './run-summary';
import { previousRun, runVersus } from './run-versus';
import { range, sampleConfig, sampleRun } from './testing';

/** Three epochs ending at validation accuracy `acc` and loss `loss`. */
const endingAt = (acc: number, loss: number): EpochRecord[] =>
  range(1, 3).map((epoch) => ({
    epoch,
    loss: 1 / epoch,
    acc: 0.5,
    valLoss: epoch === 3 ? loss : 1,
    valAcc: epoch === 3 ? acc : 0.5,
    learningRate: 0.01,
    elapsedMs: epoch * 100,
  }));

let started = 1_700_000_000_000;
function run(id: string, over: Partial<RunRecord> = {}): RunSummary {
  started += 1000;
  return summarizeRun(
    sampleRun({ id, name: id, startedAt: started, epochs: endingAt(0.9, 0.3), ...over }),
    100,
  );
}

const withRate = (learningRate: number) => {
  const c = sampleConfig();
  return { ...c, training: { ...c.training, learningRate } };
};

describe('a run against the one before it', () => {
  it('names what changed and which way each number went', () => {
    const before = run('Run 1', { config: withRate(0.01), durationMs: 1400 });
    const after = run('Run 2', {
      config: withRate(0.1),
      epochs: endingAt(0.95, 0.2),
      durationMs: 1100,
    });
    const v = runVersus(after, [after, before]);
    expect(v).toEqual({
      previous: { id: 'Run 1', name: 'Run 1', status: 'done' },
      changes: [{ id: 'learningRate', from: '0.01', to: '0.1' }],
      metric: { kind: 'accuracy', now: 0.95, then: 0.9, verdict: 'better' },
      valLoss: { now: 0.2, then: 0.3, verdict: 'better' },
      durationMs: { now: 1100, then: 1400 },
    });
    // The other way round, nothing is better.
    const worse = run('Run 3', { config: withRate(0.5), epochs: endingAt(0.8, 0.6) });
    expect(runVersus(worse, [worse, after, before])).toMatchObject({
      previous: { id: 'Run 2' },
      changes: [{ id: 'learningRate', from: '0.1', to: '0.5' }],
      metric: { verdict: 'worse' },
      valLoss: { verdict: 'worse' },
    });
  });

  it('calls numbers the summary shows alike the same, and says when no setting changed', () => {
    const a = run('a', { epochs: endingAt(0.9, 0.3) });
    const b = run('b', { epochs: endingAt(0.9004, 0.3001) });
    expect(runVersus(b, [b, a])).toMatchObject({
      changes: [],
      metric: { verdict: 'same' },
      valLoss: { verdict: 'same' },
    });
  });

  it('takes a lower error as better for regression', () => {
    const mae = (valMae: number): EpochRecord[] =>
      range(1, 2).map((epoch) => ({
        epoch,
        loss: 1,
        acc: null,
        mae: 1,
        valLoss: valMae * 2,
        valAcc: null,
        valMae,
        learningRate: 0.01,
        elapsedMs: 100,
      }));
    const a = run('a', { epochs: mae(3) });
    const b = run('b', { epochs: mae(2.5) });
    expect(runVersus(b, [b, a])?.metric).toEqual({
      kind: 'mae',
      now: 2.5,
      then: 3,
      verdict: 'better',
    });
  });

  it('passes over runs that are not a fair comparison', () => {
    const fair = run('fair');
    const failed = run('failed', { status: 'failed' });
    const cut = run('cut', { status: 'interrupted' });
    const otherData = run('other data', {
      config: { ...sampleConfig(), dataset: { ...DEFAULT_DATASET_SPEC, kind: 'spiral' } },
    });
    const empty = run('empty', { epochs: [] });
    const now = run('now');
    const later = run('later');
    const all = [later, now, empty, otherData, cut, failed, fair];
    expect(previousRun(now, all)?.id).toBe('fair');
    // A run that went on from another has that run before it, not a rival.
    expect(runVersus({ ...now, continuedFrom: 'fair' }, all)).toBeNull();
    // Nor has a run that is still going or came to nothing.
    expect(runVersus({ ...now, status: 'running' }, all)).toBeNull();
    expect(runVersus(fair, all)).toBeNull();
  });

  it('sets a table run only against runs on the same file', () => {
    const table = (hash: string): RunRecord['config'] => ({
      ...sampleConfig(),
      dataset: {
        kind: 'csv',
        file: { name: 'houses.csv', hash, rows: 10 },
        label: 'price',
        features: ['rooms'],
        task: 'classification',
        missing: 'drop',
        scaling: 'standardize',
        seed: 1,
        split: { train: 60, validation: 20 },
      },
    });
    const first = run('first', { config: table('0123456789abcdef') });
    const otherFile = run('other file', { config: table('fedcba9876543210') });
    const now = run('now', { config: table('0123456789abcdef') });
    expect(previousRun(now, [now, otherFile, first])?.id).toBe('first');
  });
});
