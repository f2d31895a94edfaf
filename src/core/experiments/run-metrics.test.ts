import { describe, expect, it } from 'vitest';
import type { EpochRecord } from '../train/history';
import { runMetrics } from './run-metrics';

const epoch = (n: number, patch: Partial<EpochRecord>): EpochRecord => ({
  epoch: n,
  loss: 1,
  acc: 0.5,
  valLoss: 1,
  valAcc: 0.5,
  learningRate: 0.01,
  elapsedMs: n * 10,
  ...patch,
});

describe('runMetrics', () => {
  it('takes the highest validation accuracy as the best', () => {
    const m = runMetrics([
      epoch(1, { valAcc: 0.6 }),
      epoch(2, { valAcc: 0.9 }),
      epoch(3, { valAcc: 0.8 }),
    ]);
    expect(m).toEqual({ name: 'Val accuracy', higherIsBetter: true, final: 0.8, best: 0.9 });
  });

  it('takes the lowest validation MAE for a regressor, skipping non-finite values', () => {
    const r = (n: number, valMae: number | null) =>
      epoch(n, { acc: null, valAcc: null, mae: 1, valMae });
    const m = runMetrics([r(1, 0.5), r(2, Number.NaN), r(3, 0.3), r(4, null)]);
    expect(m).toEqual({ name: 'Val MAE', higherIsBetter: false, final: null, best: 0.3 });
  });

  it('has nothing to say before the first epoch', () => {
    expect(runMetrics([])).toEqual({ name: null, higherIsBetter: true, final: null, best: null });
  });
});
