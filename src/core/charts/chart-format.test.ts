import { describe, expect, it } from 'vitest';
import {
  describePoint,
  formatClock,
  formatExact,
  formatXTick,
  groupThousands,
  formatYTick,
  quantityTitle,
} from './chart-format';

describe('chart formats', () => {
  it('names the task metric', () => {
    expect(quantityTitle('metric', 'classification')).toBe('Accuracy');
    expect(quantityTitle('metric', 'regression')).toBe('Mean absolute error');
  });

  it('formats time, steps and epochs on the x-axis', () => {
    expect(formatClock(4.25)).toBe('4.3 s');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatXTick('step', 12000)).toBe('12,000');
    expect(formatXTick('epoch', 2.3333333)).toBe('2.33');
  });

  it('groups thousands like en-US', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1234567, -1234, -0.4, 2.6])
      expect(groupThousands(n)).toBe(Math.round(n).toLocaleString('en-US').replace(/^-0$/, '0'));
  });

  it('formats y ticks and exact values', () => {
    expect(formatYTick('metric', 'classification', 0.85)).toBe('85%');
    expect(formatYTick('loss', 'classification', 0.123456)).toBe('0.123');
    expect(formatYTick('learningRate', 'classification', 0.00005)).toBe('5e-5');
    // Ticks between 1e-4 and 1e-3, as a small learning rate's axis has them, stay decimals
    // and keep their digits: 0.00025 is not rounded to 3e-4.
    expect(formatYTick('learningRate', 'classification', 0.0005)).toBe('0.0005');
    expect(formatYTick('learningRate', 'classification', 0.00025)).toBe('0.00025');
    expect(formatYTick('learningRate', 'classification', 0.000025)).toBe('2.5e-5');
    expect(formatYTick('loss', 'regression', 250000)).toBe('2.5e+5');
    expect(formatExact('loss', 'classification', 0.69314718)).toBe('0.693147');
    expect(formatExact('metric', 'classification', 0.91234)).toBe('91.23%');
    expect(formatExact('metric', 'regression', 0.91234)).toBe('0.91234');
  });

  it('describes a point in every unit known', () => {
    const p = { x: 0, epoch: 3, step: 57, seconds: 1.234, train: 1, trainRaw: 1, val: null };
    expect(describePoint(p, false)).toBe('Step 57 · epoch 3 · 1.2 s');
    expect(describePoint(p, true)).toBe('Epoch 3 · step 57 · 1.2 s');
    expect(describePoint({ ...p, step: null }, false)).toBe('Epoch 3 · 1.2 s');
  });
});
