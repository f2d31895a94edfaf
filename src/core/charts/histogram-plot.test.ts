import { describe, expect, it } from 'vitest';
import { binAt, histogramBars, histogramTop, MIN_BAR_PX, stepOutline } from './histogram-plot';

const box = { width: 100, height: 50 };

describe('histogramTop', () => {
  it('is the highest bar or outline value, and never below 1', () => {
    expect(histogramTop([3, 9, 2], null)).toBe(9);
    expect(histogramTop([3, 9, 2], [0, 12.5, 0])).toBe(12.5);
    expect(histogramTop([0, 0], null)).toBe(1);
  });
});

describe('histogramBars', () => {
  it('tiles the width with no gaps or overlaps, on whole units', () => {
    const bars = histogramBars([1, 2, 3, 4, 5, 6, 7], 7, box);
    expect(bars[0]?.x).toBe(0);
    for (let i = 1; i < bars.length; i++) {
      const prev = bars[i - 1]!;
      expect(bars[i]!.x).toBe(prev.x + prev.w);
    }
    const last = bars.at(-1)!;
    expect(last.x + last.w).toBe(box.width);
    expect(bars.every((b) => Number.isInteger(b.x) && Number.isInteger(b.w))).toBe(true);
  });

  it('scales heights to the top count and stands bars on the bottom', () => {
    const [a, b, c] = histogramBars([10, 5, 0], 10, box);
    expect(a).toMatchObject({ y: 0, h: 50 });
    expect(b).toMatchObject({ y: 25, h: 25 });
    expect(c).toMatchObject({ y: 50, h: 0 });
  });

  it('keeps a bin with one value among thousands visible', () => {
    const [tiny] = histogramBars([1, 5000], 5000, box);
    expect(tiny?.h).toBe(MIN_BAR_PX);
    expect(tiny?.y).toBe(box.height - MIN_BAR_PX);
  });
});

describe('stepOutline', () => {
  it('runs flat across each bin at its value, from the left edge to the right one', () => {
    expect(stepOutline([4, 2], 4, box)).toEqual([
      [0, 0],
      [50, 0],
      [50, 25],
      [100, 25],
    ]);
  });

  it('clips values above the top to the top of the plot', () => {
    expect(stepOutline([8], 4, box)[0]).toEqual([0, 0]);
  });
});

describe('binAt', () => {
  it('finds the bin under a position, the right edge in the last bin', () => {
    expect(binAt(0, 30, 300)).toBe(0);
    expect(binAt(9.99, 30, 300)).toBe(0);
    expect(binAt(10, 30, 300)).toBe(1);
    expect(binAt(300, 30, 300)).toBe(29);
  });

  it('is null outside the plot or without bins', () => {
    expect(binAt(-1, 30, 300)).toBeNull();
    expect(binAt(301, 30, 300)).toBeNull();
    expect(binAt(Number.NaN, 30, 300)).toBeNull();
    expect(binAt(5, 0, 300)).toBeNull();
  });
});
