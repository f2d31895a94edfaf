import { describe, expect, it } from 'vitest';
import { PAGE_SNAPSHOT_MAX_BYTES, snapshotBytes, type PlainWeights } from './plain-weights';

const snap = (...sizes: number[]): PlainWeights => ({
  key: null,
  epoch: 1,
  steps: 1,
  trainedMs: 1,
  weights: sizes.map((n) => ({ shape: [n], values: new Float32Array(n) })),
});

describe('snapshotBytes', () => {
  it('counts four bytes per weight over every tensor', () => {
    expect(snapshotBytes(snap(3, 5))).toBe(32);
    expect(snapshotBytes(snap())).toBe(0);
  });

  it('lets a LeNet-sized model reach the page and keeps a 2048 × 2048 dense layer back', () => {
    expect(snapshotBytes(snap(61_706))).toBeLessThanOrEqual(PAGE_SNAPSHOT_MAX_BYTES);
    expect(snapshotBytes(snap(2048 * 2048 + 2048))).toBeGreaterThan(PAGE_SNAPSHOT_MAX_BYTES);
  });
});
