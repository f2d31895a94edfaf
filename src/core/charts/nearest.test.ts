import { describe, expect, it } from 'vitest';
import { nearestIndex } from './nearest';

const pts = (...xs: number[]) => xs.map((x) => ({ x }));

describe('nearestIndex', () => {
  it('finds the nearest point, the earlier one on a tie', () => {
    const p = pts(1, 2, 4, 8);
    expect(nearestIndex(p, 0)).toBe(0);
    expect(nearestIndex(p, 2.9)).toBe(1);
    expect(nearestIndex(p, 3)).toBe(1);
    expect(nearestIndex(p, 3.1)).toBe(2);
    expect(nearestIndex(p, 7)).toBe(3);
    expect(nearestIndex(p, 100)).toBe(3);
  });

  it('handles one point and none', () => {
    expect(nearestIndex(pts(5), -3)).toBe(0);
    expect(nearestIndex([], 1)).toBe(-1);
  });

  it('agrees with a linear scan', () => {
    const p = pts(...Array.from({ length: 57 }, (_, i) => i * i * 0.37));
    for (let x = -5; x < 1300; x += 7.3) {
      let best = 0;
      p.forEach((q, i) => {
        if (Math.abs(q.x - x) < Math.abs((p[best] as { x: number }).x - x)) best = i;
      });
      expect(nearestIndex(p, x)).toBe(best);
    }
  });
});
