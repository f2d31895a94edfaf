import { describe, expect, it } from 'vitest';
import { addBatches } from './batch-thinning';
import { batchAt, range } from './testing';

/** Feed steps 1..n in chunks of `chunk`, as a run's batches events arrive. */
function feed(n: number, chunk: number, limit: number) {
  let kept = addBatches([], 1, [], limit);
  for (let from = 1; from <= n; from += chunk)
    kept = addBatches(
      kept.batches,
      kept.stride,
      range(from, Math.min(n, from + chunk - 1)).map(batchAt),
      limit,
    );
  return kept;
}

describe('batch thinning', () => {
  it('keeps every point while under the limit', () => {
    const { batches, stride } = feed(50, 7, 100);
    expect(batches.map((b) => b.step)).toEqual(range(1, 50));
    expect(stride).toBe(1);
  });

  it('stays within the limit, evenly spread, and always ends on the latest step', () => {
    for (const n of [101, 257, 1000, 12_345]) {
      const { batches, stride } = feed(n, 13, 100);
      const steps = batches.map((b) => b.step);
      expect(steps.length).toBeLessThanOrEqual(100);
      expect(steps.at(-1)).toBe(n);
      // All but the latest sit on the stride: the same gap everywhere.
      const body = steps.slice(0, -1);
      expect(body.every((s) => s % stride === 0)).toBe(true);
      body.slice(1).forEach((s, i) => expect(s - (body[i] ?? 0)).toBe(stride));
      // Thinned no more than needed: half as many points would have fitted.
      expect(steps.length).toBeGreaterThan(50);
    }
  });

  it('keeps the first points of a long run (older history is not lost, only thinned)', () => {
    const { batches, stride } = feed(5000, 100, 2000);
    expect(batches[0]?.step).toBe(stride);
    expect(batches.length).toBeLessThanOrEqual(2000);
  });

  it('lets an earlier "latest" point give way when a newer one arrives', () => {
    const a = addBatches([], 4, [batchAt(8), batchAt(9)], 10);
    expect(a.batches.map((b) => b.step)).toEqual([8, 9]);
    const b = addBatches(a.batches, a.stride, [batchAt(10), batchAt(11)], 10);
    expect(b.batches.map((x) => x.step)).toEqual([8, 11]);
  });
});
