import { describe, expect, it } from 'vitest';
import type { WeightSummary } from '../../worker/protocol';
import { addWeights, MAX_WEIGHT_SNAPSHOTS } from './weights';

const summary = (epoch: number): WeightSummary => ({
  epoch,
  layers: [],
  filters: null,
  totalParams: 0,
  note: null,
});
const epochs = (h: WeightSummary[]) => h.map((s) => s.epoch);

describe('addWeights', () => {
  it('appends in epoch order and replaces a summary of the same epoch', () => {
    let h = addWeights([], summary(0));
    h = addWeights(h, summary(1));
    h = addWeights(h, summary(3));
    expect(epochs(h)).toEqual([0, 1, 3]);
    const again = summary(3);
    h = addWeights(h, again);
    expect(epochs(h)).toEqual([0, 1, 3]);
    expect(h.at(-1)).toBe(again);
  });

  it('starts over when an earlier epoch arrives (a new model)', () => {
    const h = addWeights([summary(0), summary(1), summary(2)], summary(0));
    expect(epochs(h)).toEqual([0]);
  });

  it('keeps at most 200 summaries, spread from the first to the newest', () => {
    let h: WeightSummary[] = [];
    for (let e = 0; e <= 1000; e++) h = addWeights(h, summary(e));
    expect(h.length).toBeLessThanOrEqual(MAX_WEIGHT_SNAPSHOTS);
    expect(h.length).toBeGreaterThan(MAX_WEIGHT_SNAPSHOTS / 2);
    expect(h[0]!.epoch).toBe(0);
    expect(h.at(-1)!.epoch).toBe(1000);
    const gaps = h.slice(1).map((s, i) => s.epoch - h[i]!.epoch);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(8);
  });
});
