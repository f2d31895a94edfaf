import { describe, expect, it } from 'vitest';
import { evenSample, finiteRange, maxOf, minOf } from './array-range';

describe('finiteRange', () => {
  it('finds the range of an array too long to spread into arguments', () => {
    const values = new Float32Array(500_000);
    for (let i = 0; i < values.length; i++) values[i] = i % 1000;
    values[123_456] = -5;
    expect(() => Math.min(...Array.from(values))).toThrow(RangeError);
    expect(finiteRange(values)).toEqual({ min: -5, max: 999 });
  });

  it('spans several arrays and skips non-finite values', () => {
    expect(finiteRange([1, NaN, 3], [Infinity, -2], [])).toEqual({ min: -2, max: 3 });
  });

  it('is null when no value is finite', () => {
    expect(finiteRange([], [NaN, -Infinity])).toBeNull();
  });
});

describe('maxOf and minOf', () => {
  it('give the fallback for an empty array', () => {
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([], 0)).toBe(0);
    expect(maxOf([2, 7, 1])).toBe(7);
    expect(minOf([2, 7, 1])).toBe(1);
  });
});

describe('evenSample', () => {
  it('keeps every index when there are few', () => {
    expect(Array.from(evenSample(4, 10))).toEqual([0, 1, 2, 3]);
  });

  it('spreads max indices evenly, in order, when there are many', () => {
    const s = evenSample(130_000, 5000);
    expect(s.length).toBe(5000);
    expect(s[0]).toBe(0);
    expect(s[1]).toBe(26);
    expect(s[4999]).toBeLessThan(130_000);
    let increasing = true;
    for (let i = 1; i < s.length; i++) increasing &&= (s[i] as number) > (s[i - 1] as number);
    expect(increasing).toBe(true);
  });

  it('is empty for no rows', () => {
    expect(evenSample(0, 100).length).toBe(0);
  });
});
