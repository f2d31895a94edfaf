import { words } from '../../i18n/words';
import { describe, expect, it } from 'vitest';
import { batchAt, epochAt, range, sampleConfig } from '../../core/experiments/testing';
import type { RunEvent } from '../../worker/protocol';
import { newRunRecord, recordEvents } from './recorder';

const start = () => ({
  record: newRunRecord({
    id: 'a',
    number: 12,
    config: sampleConfig(),
    startedAt: 5,
    continuedFrom: 'z',
    sweepId: 's',
    backend: null,
  }),
  batchStride: 1,
});

const progress = (elapsedMs: number): RunEvent => ({
  type: 'progress',
  progress: {
    epoch: 1,
    epochsTotal: 3,
    batch: 1,
    batchesPerEpoch: 10,
    samplesPerSecond: 100,
    elapsedMs,
    etaMs: null,
    learningRate: 0.01,
  },
});

describe('recording a run from its events', () => {
  it('starts as "Run N", running, with its config and links', () => {
    const { record } = start();
    expect(record).toMatchObject({
      name: 'Run 12',
      colour: 1,
      status: 'running',
      continuedFrom: 'z',
      sweepId: 's',
      modelName: null,
      epochs: [],
      batches: [],
    });
    expect(record.config).toEqual(sampleConfig());
  });

  it('grows by epochs and batches, takes the backend and duration, and ends with the outcome', () => {
    let a = start();
    a = recordEvents(
      a,
      [
        { type: 'state', state: 'training' },
        { type: 'batches', records: range(1, 10).map(batchAt) },
        { type: 'epoch', record: epochAt(1) },
        progress(120),
      ],
      'cpu',
    );
    expect(a.record).toMatchObject({ status: 'running', backend: 'cpu', durationMs: 120 });
    a = recordEvents(
      a,
      [
        { type: 'batches', records: range(11, 20).map(batchAt) },
        { type: 'epoch', record: epochAt(2) },
        progress(250),
        {
          type: 'ended',
          outcome: 'early-stopped',
          message: words('engine:outcome.earlyStopped', { epoch: 2 }),
          keptEpoch: 1,
        },
        // Nothing after the end belongs to this run.
        { type: 'epoch', record: epochAt(3) },
      ],
      null,
    );
    expect(a.record).toMatchObject({
      status: 'early-stopped',
      message:
        'Early stopping: the validation loss stopped improving, so training ended at epoch 2.',
      backend: 'cpu',
      durationMs: 250,
      keptEpoch: 1,
    });
    expect(a.record.epochs).toEqual([epochAt(1), epochAt(2)]);
    expect(a.record.batches.map((b) => b.step)).toEqual(range(1, 20));
  });

  it('keeps no epoch of its own when the model ended on its last', () => {
    const a = recordEvents(
      start(),
      [
        { type: 'epoch', record: epochAt(1) },
        { type: 'ended', outcome: 'done', message: null },
      ],
      'cpu',
    );
    expect(a.record.status).toBe('done');
    expect(a.record).not.toHaveProperty('keptEpoch');
  });

  it('thins a long run’s batches as they arrive', () => {
    let a = start();
    for (let from = 1; from <= 10_000; from += 50)
      a = recordEvents(
        a,
        [{ type: 'batches', records: range(from, from + 49).map(batchAt) }],
        null,
      );
    expect(a.record.batches.length).toBeLessThanOrEqual(2000);
    expect(a.record.batches.at(-1)?.step).toBe(10_000);
    expect(a.batchStride).toBeGreaterThan(1);
  });
});
