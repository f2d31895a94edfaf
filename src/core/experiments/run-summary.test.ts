import { describe, expect, it } from 'vitest';
import { runRecordSchema } from './run-record';
import { runSummarySchema, summarizeRun } from './run-summary';
import { epochAt, range, sampleRun } from './testing';

// epochAt's validation accuracy peaks at 0.9 at epoch 5 and its validation loss bottoms out there.
const eightEpochs = range(1, 8).map(epochAt);

describe('a run’s summary', () => {
  it('ends on the last epoch’s numbers when the model ended there', () => {
    const s = summarizeRun(sampleRun({ epochs: eightEpochs }), 100);
    expect(s).not.toHaveProperty('keptEpoch');
    expect(s.finalValMetric).toBeCloseTo(0.87);
    expect(s.finalValLoss).toBeCloseTo(0.5);
    expect(s.finalTrainLoss).toBeCloseTo(1 / 8);
    expect(s.bestValMetric).toBeCloseTo(0.9);
  });

  it('ends on the kept epoch’s numbers when early stopping put its weights back', () => {
    const s = summarizeRun(
      sampleRun({ status: 'early-stopped', epochs: eightEpochs, keptEpoch: 5 }),
      100,
    );
    expect(s.keptEpoch).toBe(5);
    expect(s.finalValMetric).toBeCloseTo(0.9);
    expect(s.finalValLoss).toBeCloseTo(0.2);
    expect(s.finalTrainLoss).toBeCloseTo(1 / 5);
    expect(s.epochs).toBe(8);
  });

  it('falls back to the last epoch when the kept one is not among the records', () => {
    const s = summarizeRun(sampleRun({ epochs: eightEpochs, keptEpoch: 40 }), 100);
    expect(s).not.toHaveProperty('keptEpoch');
    expect(s.finalValMetric).toBeCloseTo(0.87);
  });

  it('is read back with its kept epoch, and summaries stored before it existed still read', () => {
    const kept = summarizeRun(sampleRun({ epochs: eightEpochs, keptEpoch: 5 }), 100);
    expect(runSummarySchema.parse(kept)).toMatchObject({ keptEpoch: 5, finalValMetric: 0.9 });
    const older: Partial<typeof kept> = { ...kept };
    delete older.keptEpoch;
    expect(runSummarySchema.safeParse(older).success).toBe(true);
    expect(runSummarySchema.safeParse({ ...kept, keptEpoch: 0 }).success).toBe(false);
  });

  it('is stored in the record, which keeps it through a check', () => {
    const record = sampleRun({ epochs: eightEpochs, keptEpoch: 5 });
    expect(runRecordSchema.parse(record).keptEpoch).toBe(5);
  });
});
