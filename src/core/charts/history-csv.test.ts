import { describe, expect, it } from 'vitest';
import type { BatchRecord, EpochRecord } from '../train/history';
import { batchHistoryCsv, epochHistoryCsv } from './history-csv';

const epochs: EpochRecord[] = [
  {
    epoch: 1,
    loss: 0.6931471805599453,
    acc: 0.5,
    valLoss: 0.7,
    valAcc: 0.45,
    learningRate: 0.01,
    elapsedMs: 120,
  },
  {
    epoch: 2,
    loss: Infinity,
    acc: 0.5,
    valLoss: null,
    valAcc: null,
    learningRate: 0.005,
    elapsedMs: 250,
  },
];

describe('epochHistoryCsv', () => {
  it('writes one row per epoch with full precision and empty cells for missing values', () => {
    expect(epochHistoryCsv(epochs, 'classification')).toBe(
      'epoch,loss,val_loss,accuracy,val_accuracy,learning_rate,elapsed_ms\n' +
        '1,0.6931471805599453,0.7,0.5,0.45,0.01,120\n' +
        '2,Infinity,,0.5,,0.005,250\n',
    );
  });

  it('names MAE columns for regression', () => {
    const reg: EpochRecord[] = [{ ...epochs[0]!, acc: null, valAcc: null, mae: 0.3, valMae: 0.4 }];
    expect(epochHistoryCsv(reg, 'regression')).toBe(
      'epoch,loss,val_loss,mae,val_mae,learning_rate,elapsed_ms\n' +
        '1,0.6931471805599453,0.7,0.3,0.4,0.01,120\n',
    );
  });

  it('writes only the header for an empty history', () => {
    expect(epochHistoryCsv([], 'classification').split('\n')).toHaveLength(2);
  });
});

describe('batchHistoryCsv', () => {
  const batches: BatchRecord[] = [
    { step: 1, epoch: 1, loss: 0.9, metric: 0.25, learningRate: 0.1, elapsedMs: 3.5 },
    { step: 2, epoch: 1, loss: 0.8, metric: 0.5, learningRate: 0.1, elapsedMs: 7 },
  ];

  it('writes one row per step', () => {
    expect(batchHistoryCsv(batches, 'classification')).toBe(
      'step,epoch,loss,accuracy,learning_rate,elapsed_ms\n' +
        '1,1,0.9,0.25,0.1,3.5\n' +
        '2,1,0.8,0.5,0.1,7\n',
    );
    expect(batchHistoryCsv(batches, 'regression').split('\n')[0]).toBe(
      'step,epoch,loss,mae,learning_rate,elapsed_ms',
    );
  });
});
