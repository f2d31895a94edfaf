import { describe, expect, it } from 'vitest';
import { downsampleMinMax, levelChanges, minMaxIndices } from './downsample';

const id = (v: number) => v;

describe('downsampleMinMax', () => {
  it('returns a short series as is', () => {
    const pts = [3, 1, 2];
    expect(downsampleMinMax(pts, 10, id)).toBe(pts);
  });

  it('keeps at most maxPoints, in order, with the first and last point', () => {
    const pts = Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 50) + (i % 7) / 10);
    for (const max of [4, 5, 100, 2000]) {
      const out = downsampleMinMax(
        pts.map((v, i) => ({ i, v })),
        max,
        (p) => p.v,
      );
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.length).toBeGreaterThanOrEqual(max - 1);
      expect(out[0]!.i).toBe(0);
      expect(out.at(-1)!.i).toBe(pts.length - 1);
      for (let k = 1; k < out.length; k++) expect(out[k]!.i).toBeGreaterThan(out[k - 1]!.i);
    }
  });

  it('keeps the spikes and dips that averaging would hide', () => {
    const pts = new Array<number>(10_000).fill(1);
    pts[1234] = 50;
    pts[8765] = -3;
    const out = downsampleMinMax(pts, 100, id);
    expect(Math.max(...out)).toBe(50);
    expect(Math.min(...out)).toBe(-3);
  });

  it('keeps the global extremes of a random series', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const pts = Array.from({ length: 5000 }, rand);
    const out = downsampleMinMax(pts, 300, id);
    expect(Math.max(...out)).toBe(Math.max(...pts));
    expect(Math.min(...out)).toBe(Math.min(...pts));
  });

  it('never picks a non-finite value as an extreme, but keeps a gap that has nothing else', () => {
    const pts: (number | null)[] = Array.from({ length: 1000 }, (_, i) => i);
    pts[10] = Infinity;
    pts[11] = NaN;
    for (let i = 500; i < 600; i++) pts[i] = null;
    const out = downsampleMinMax(pts, 50, (v) => v);
    expect(out).not.toContain(Infinity);
    expect(out.some((v) => Number.isNaN(v))).toBe(false);
    expect(out).toContain(null);
  });

  it('rejects a maxPoints below 4', () => {
    expect(() => downsampleMinMax([1, 2, 3, 4, 5], 3, id)).toThrow(/at least 4/);
  });
});

describe('minMaxIndices', () => {
  it('lists every index of a short series', () => {
    expect(minMaxIndices(3, 4, () => 1)).toEqual([0, 1, 2]);
  });

  it('reads each value once and keeps the extremes of each bucket', () => {
    const values = [5, 1, 9, 2, 8, 3, 7, 4, 6, 0];
    let reads = 0;
    const keep = minMaxIndices(values.length, 6, (i) => {
      reads++;
      return values[i]!;
    });
    // Indices 1..8 in two buckets: 1..4 keeps 1 (min 1) and 2 (max 9); 5..8 keeps 5 (min 3) and 6 (max 7).
    expect(keep).toEqual([0, 1, 2, 5, 6, 9]);
    expect(reads).toBe(values.length - 2);
  });
});

describe('levelChanges', () => {
  it('keeps the first, last and changing indices of a step series', () => {
    expect(levelChanges([0.1, 0.1, 0.1, 0.05, 0.05, 0.01, 0.01])).toEqual([0, 3, 5, 6]);
    expect(levelChanges(new Array<number>(10_000).fill(0.03))).toEqual([0, 9999]);
    expect(levelChanges([1])).toEqual([0]);
    expect(levelChanges([])).toEqual([]);
  });
});
