import { describe, expect, it } from 'vitest';
import {
  axisKey,
  fittedAxis,
  fromZeroAxis,
  parseAxisKey,
  plannedXEnd,
  logAxis,
  pointExtent,
  tickStep,
  ticksWithin,
  yTickCount,
} from './axis-ticks';
import type { ChartPoint } from './series';

const point = (x: number, train: number | null, val: number | null = null): ChartPoint => ({
  x,
  epoch: 1,
  step: null,
  seconds: 0,
  train,
  trainRaw: null,
  val,
});

describe('axis ticks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(tickStep(10, 5)).toBe(2);
    expect(tickStep(1, 5)).toBe(0.2);
    expect(tickStep(0.7, 5)).toBe(0.2);
    expect(tickStep(12, 5)).toBe(2.5);
    expect(tickStep(750, 5)).toBe(200);
    expect(tickStep(3, 5, true)).toBe(1);
  });

  it('labels multiples of the step inside the range, printed as written', () => {
    expect(ticksWithin(0, 750, 5)).toEqual([0, 200, 400, 600]);
    expect(ticksWithin(0.05, 1.02, 5)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticksWithin(0.1, 0.7, 5)).toEqual([0.2, 0.4, 0.6]);
    expect(ticksWithin(0.1, 0.3, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(ticksWithin(1, 3, 5, true)).toEqual([1, 2, 3]);
    expect(ticksWithin(4, 4, 5)).toEqual([4]);
    expect(ticksWithin(5, 4, 5)).toEqual([]);
  });

  it('runs a y-axis from zero to the first tick at or above the largest value', () => {
    expect(fromZeroAxis(0.69, 5)).toEqual({ domain: [0, 0.8], ticks: [0, 0.2, 0.4, 0.6, 0.8] });
    expect(fromZeroAxis(2.3, 5)?.domain).toEqual([0, 2.5]);
    expect(fromZeroAxis(1, 5)?.domain).toEqual([0, 1]);
    expect(fromZeroAxis(0, 5)).toBeNull();
    expect(fromZeroAxis(Number.NaN, 5)).toBeNull();
    expect(fromZeroAxis(3, 5, true)).toEqual({ domain: [0, 3], ticks: [0, 1, 2, 3] });
  });

  it('fits an axis to data that no longer grows', () => {
    expect(fittedAxis(64, 5, true)).toEqual({ domain: [0, 64], ticks: [0, 20, 40, 60] });
    expect(fittedAxis(0, 5)).toBeNull();
  });

  it('keeps an axis while the data grows below its top tick', () => {
    const keys = [610, 650, 700, 790, 800].map((max) => axisKey(fromZeroAxis(max, 5, true)));
    expect(new Set(keys).size).toBe(1);
    expect(axisKey(fromZeroAxis(801, 5, true))).not.toBe(keys[0]);
    expect(axisKey(null)).toBe('');
    const axis = fromZeroAxis(0.69, 5);
    expect(parseAxisKey(axisKey(axis))).toEqual(axis);
    expect(parseAxisKey('')).toBeNull();
  });

  it('puts fewer y ticks on a short chart', () => {
    expect(yTickCount(120)).toBe(2);
    expect(yTickCount(196)).toBe(4);
    expect(yTickCount(1000)).toBe(5);
    expect(yTickCount(10)).toBe(2);
  });

  it('finds the extent over every series drawn', () => {
    const rows = [point(1, 0.5), point(3, 0.9, 1.2)];
    const validation = [point(0.5, null, 2)];
    expect(pointExtent([rows, validation])).toEqual({ xMax: 3, yMax: 2, yMinPositive: 0.5 });
  });

  it('spans whole decades on a log axis, labelled at powers of ten', () => {
    expect(logAxis(0.023, 0.7)).toEqual({ domain: [0.01, 1], ticks: [0.01, 0.1, 1] });
    expect(logAxis(2, 3)).toEqual({ domain: [1, 10], ticks: [1, 10] });
    // A constant rate at a power of ten sits inside the plot, not on its edge.
    expect(logAxis(0.01, 0.01)).toEqual({ domain: [0.001, 0.1], ticks: [0.001, 0.01, 0.1] });
    // Accuracy up to 100%: no decade above it.
    expect(logAxis(0.42, 1, 1)).toEqual({ domain: [0.1, 1], ticks: [0.1, 1] });
    const wide = logAxis(2e-7, 50);
    expect(wide?.domain).toEqual([1e-7, 100]);
    expect(wide?.ticks).toEqual([1e-7, 1e-5, 0.001, 0.1, 10]);
    expect(logAxis(0, 1)).toBeNull();
    expect(logAxis(1, Infinity)).toBeNull();
  });

  it('knows where a running run ends, in steps or epochs', () => {
    const progress = {
      epoch: 3,
      epochsTotal: 10,
      batch: 5,
      batchesPerEpoch: 15,
      samplesPerSecond: 1000,
      elapsedMs: 900,
      etaMs: 3000,
      learningRate: 0.01,
    };
    // 2 epochs of 15 batches and 5 batches of the third are done: step 35.
    expect(plannedXEnd(progress, 35, 'step')).toBe(150);
    expect(plannedXEnd(progress, 35, 'epoch')).toBe(10);
    expect(plannedXEnd(progress, 35, 'time')).toBeNull();
    expect(plannedXEnd(null, 35, 'step')).toBeNull();
  });
});
