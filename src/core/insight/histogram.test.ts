import { describe, expect, it } from 'vitest';
import { binRange, histogram, rebin, thinEvenly } from './histogram';

describe('histogram', () => {
  it('bins hand-checked values into equal bins, max in the last bin', () => {
    // range 0..4 in 4 bins of width 1: [0,1) [1,2) [2,3) [3,4]
    const h = histogram([0, 0.5, 1, 2.5, 3, 4], 4);
    expect(h.counts).toEqual([2, 1, 1, 2]);
    expect(h.min).toBe(0);
    expect(h.max).toBe(4);
    expect(h.n).toBe(6);
    expect(h.nonFinite).toBe(0);
    expect(h.mean).toBeCloseTo(11 / 6, 12);
    // population std of the six values
    const m = 11 / 6;
    const varc = [0, 0.5, 1, 2.5, 3, 4].reduce((s, v) => s + (v - m) ** 2, 0) / 6;
    expect(h.std).toBeCloseTo(Math.sqrt(varc), 12);
    expect(binRange(h, 0)).toEqual([0, 1]);
    expect(binRange(h, 3)).toEqual([3, 4]);
  });

  it('uses 30 bins by default and handles negative ranges', () => {
    const h = histogram([-3, -1, -2]);
    expect(h.counts).toHaveLength(30);
    expect(h.counts[0]).toBe(1);
    expect(h.counts[15]).toBe(1); // -2 is exactly the middle edge
    expect(h.counts[29]).toBe(1);
    expect(h.mean).toBe(-2);
  });

  it('puts all-equal values in the middle bin with zero spread', () => {
    const h = histogram(new Float32Array([0.25, 0.25, 0.25]), 5);
    expect(h.counts).toEqual([0, 0, 3, 0, 0]);
    expect(h.min).toBe(0.25);
    expect(h.max).toBe(0.25);
    expect(h.std).toBe(0);
  });

  it('returns empty counts for no values', () => {
    const h = histogram([], 3);
    expect(h).toEqual({ min: 0, max: 0, mean: 0, std: 0, counts: [0, 0, 0], n: 0, nonFinite: 0 });
  });

  it('counts NaN and Infinity apart without letting them move the range', () => {
    const h = histogram([NaN, 1, Infinity, 3, -Infinity], 2);
    expect(h.nonFinite).toBe(3);
    expect(h.n).toBe(2);
    expect(h.counts).toEqual([1, 1]);
    expect([h.min, h.max, h.mean]).toEqual([1, 3, 2]);
    const all = histogram([NaN, NaN], 2);
    expect(all.n).toBe(0);
    expect(all.nonFinite).toBe(2);
    expect(all.counts).toEqual([0, 0]);
  });

  it('refuses a bin count that is not a positive integer', () => {
    expect(() => histogram([1], 0)).toThrow('bins must be a positive integer, got 0.');
    expect(() => histogram([1], 2.5)).toThrow('positive integer');
  });
});

describe('rebin', () => {
  it('spreads counts by overlap onto new bins', () => {
    const h = histogram([0, 0.5, 1.5, 1.9], 2); // [0,0.95) has 2, [0.95,1.9] has 2
    // Onto [0, 2] in 2 bins of width 1: source bin 2 covers 0.95..1.9, 0.05/0.95 in bin 0.
    const out = rebin(h, 0, 2, 2);
    expect(out[0]).toBeCloseTo(2 + (2 * 0.05) / 0.95, 10);
    expect(out[1]).toBeCloseTo((2 * 0.9) / 0.95, 10);
    expect((out[0] as number) + (out[1] as number)).toBeCloseTo(4, 10);
  });

  it('drops what lies outside and keeps zero-width sources at their value', () => {
    const narrow = histogram([5, 5], 3);
    expect(rebin(narrow, 0, 10, 2)).toEqual([0, 2]);
    expect(rebin(narrow, 0, 1, 2)).toEqual([0, 0]);
    const wide = histogram([-1, 1], 2); // [-1,0) 1, [0,1] 1
    const out = rebin(wide, 0, 1, 2);
    expect(out[0]).toBeCloseTo(0.5, 10);
    expect(out[1]).toBeCloseTo(0.5, 10);
  });
});

describe('thinEvenly', () => {
  it('keeps short histories as they are', () => {
    const items = [1, 2, 3];
    expect(thinEvenly(items, 3)).toBe(items);
  });

  it('keeps the first, the newest and an even power-of-two stride between', () => {
    const items = Array.from({ length: 11 }, (_, i) => i + 1);
    expect(thinEvenly(items, 10, (v) => v)).toEqual([1, 2, 4, 6, 8, 10, 11]);
    expect(thinEvenly(items, 10)).toEqual([1, 3, 5, 7, 9, 11]); // by index
    // Thinning as items arrive stays even: gaps never exceed the final stride.
    let kept: number[] = [];
    for (let e = 0; e <= 1000; e++) kept = [...thinEvenly([...kept, e], 200, (v) => v)];
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(1000);
    const gaps = kept.slice(1).map((v, i) => v - kept[i]!);
    expect(Math.max(...gaps)).toBe(8);
    expect(() => thinEvenly(items, 1)).toThrow('at least 2');
  });
});
