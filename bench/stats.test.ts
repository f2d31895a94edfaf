import { describe, expect, it } from 'vitest';
import { frameStats, intervals, longTaskStats, median, percentile, vsFastest } from './stats';

describe('percentile (nearest rank)', () => {
  it('takes the smallest value with at least p% at or below it', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(percentile(xs, 95)).toBe(19);
    expect(percentile(xs, 100)).toBe(20);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 50)).toBe(10);
  });

  it('does not depend on the order of the values', () => {
    expect(percentile([50, 16, 17, 16, 300, 16], 95)).toBe(300);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('is NaN for no values and refuses a p outside 0..100', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
  });
});

describe('frameStats', () => {
  it('measures the gaps between frames, not the timestamps', () => {
    // 19 frames 16 ms apart, then one 100 ms gap: 20 intervals, p95 = 19th smallest = 16.
    const times = [0];
    for (let i = 0; i < 19; i++) times.push((times.at(-1) as number) + 16);
    times.push((times.at(-1) as number) + 100);
    expect(intervals([0, 16, 40])).toEqual([16, 24]);
    expect(frameStats(times)).toEqual({ p95FrameMs: 16, longestFrameMs: 100, frames: 20 });
  });

  it('reports nothing without two frames', () => {
    expect(frameStats([5])).toEqual({ p95FrameMs: null, longestFrameMs: null, frames: 0 });
  });
});

describe('longTaskStats', () => {
  const tasks = [
    { startTime: 0, duration: 300 }, // before the window
    { startTime: 950, duration: 80 }, // overlaps its start
    { startTime: 1500, duration: 50 }, // not over 50 ms
    { startTime: 1800, duration: 120 },
    { startTime: 2500, duration: 400 }, // after the window
  ];

  it('counts only tasks that overlap the window', () => {
    expect(longTaskStats(tasks, 1000, 2000)).toEqual({ longestTaskMs: 120, longTasks: 2 });
  });

  it('is 0 with no tasks', () => {
    expect(longTaskStats([], 0, 10)).toEqual({ longestTaskMs: 0, longTasks: 0 });
  });
});

describe('vsFastest', () => {
  it("scales the app's same-backend ratio by that backend's share of the fastest", () => {
    const r = vsFastest(0.9, { webgl: 800, cpu: 4000, wasm: 2000 }, 'webgl');
    expect(r?.fastest).toBe('cpu');
    expect(r?.ratio).toBeCloseTo(0.18, 10);
  });

  it('is the same ratio when the app is on the fastest backend', () => {
    expect(vsFastest(0.95, { webgl: 800, wasm: 2000 }, 'wasm')).toEqual({
      ratio: 0.95,
      fastest: 'wasm',
    });
  });

  it('is null when the app backend has no bare figure', () => {
    expect(vsFastest(1, { cpu: 100 }, 'webgpu')).toBeNull();
  });
});
