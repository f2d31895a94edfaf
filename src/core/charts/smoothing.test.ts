import { describe, expect, it } from 'vitest';
import { emaSmooth, MAX_SMOOTHING } from './smoothing';

describe('emaSmooth', () => {
  it('with weight 0 returns the values', () => {
    expect(emaSmooth([3, 1, 2], 0)).toEqual([3, 1, 2]);
  });

  it('is debiased: the first value is the data, not pulled towards 0', () => {
    const out = emaSmooth([10, 0, 0], 0.5);
    expect(out[0]).toBeCloseTo(10);
    // acc: 5, 2.5, 1.25; debias: 0.5, 0.75, 0.875
    expect(out[1]).toBeCloseTo(2.5 / 0.75);
    expect(out[2]).toBeCloseTo(1.25 / 0.875);
  });

  it('matches TensorBoard on a noisy series and reduces its variance', () => {
    const values = Array.from({ length: 200 }, (_, i) => 1 / (1 + i / 20) + (i % 2 ? 0.1 : -0.1));
    const w = 0.9;
    const out = emaSmooth(values, w);
    let acc = 0;
    values.forEach((v, i) => {
      acc = acc * w + (1 - w) * v;
      expect(out[i]).toBeCloseTo(acc / (1 - w ** (i + 1)), 12);
    });
    const jumps = (xs: number[]) => xs.slice(1).reduce((s, x, i) => s + Math.abs(x - xs[i]!), 0);
    expect(jumps(out)).toBeLessThan(jumps(values) / 5);
  });

  it('leaves a constant series exactly constant', () => {
    expect(emaSmooth([0.1, 0.1, 0.1, 0.1], 0.95)).toEqual([0.1, 0.1, 0.1, 0.1]);
  });

  it('passes non-finite values through without poisoning the average', () => {
    const out = emaSmooth([1, Infinity, NaN, 1], 0.5);
    expect(out[1]).toBe(Infinity);
    expect(out[2]).toBeNaN();
    expect(out[3]).toBeCloseTo(1);
  });

  it('clamps the weight', () => {
    expect(emaSmooth([1, 2], -1)).toEqual([1, 2]);
    const out = emaSmooth([1, 0], 5);
    expect(out[1]).toBeCloseTo((MAX_SMOOTHING * (1 - MAX_SMOOTHING)) / (1 - MAX_SMOOTHING ** 2));
  });

  it('returns a new array the same length', () => {
    const values = [1, 2, 3];
    const out = emaSmooth(values, 0);
    expect(out).not.toBe(values);
    expect(emaSmooth([], 0.6)).toEqual([]);
  });
});
