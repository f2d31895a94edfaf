import { describe, expect, it } from 'vitest';
import {
  classProbabilities,
  gridPoints,
  hexRgb,
  paintClasses,
  paintValues,
  rampRgb,
  symmetricRange,
} from './grid';

const extent = { x0: -1, x1: 1, y0: -2, y1: 2 };

describe('gridPoints', () => {
  it('lays out R × R cell centres, row 0 at the top edge', () => {
    const pts = gridPoints(extent, 4);
    expect(pts.length).toBe(4 * 4 * 2);
    // First point: left column, top row.
    expect(pts[0]).toBeCloseTo(-0.75);
    expect(pts[1]).toBeCloseTo(1.5);
    // Last column of row 0, then first point of row 1.
    expect(pts[3 * 2]).toBeCloseTo(0.75);
    expect(pts[3 * 2 + 1]).toBeCloseTo(1.5);
    expect(pts[4 * 2 + 1]).toBeCloseTo(0.5);
    // Last point: right column, bottom row.
    expect(pts[15 * 2]).toBeCloseTo(0.75);
    expect(pts[15 * 2 + 1]).toBeCloseTo(-1.5);
  });

  it('applies the dataset scaling', () => {
    const raw = gridPoints(extent, 3);
    const pts = gridPoints(extent, 3, { offset: [1, -2], scale: [2, 4] });
    for (let i = 0; i < 9; i++) {
      expect(pts[i * 2]).toBeCloseTo(((raw[i * 2] as number) - 1) / 2);
      expect(pts[i * 2 + 1]).toBeCloseTo(((raw[i * 2 + 1] as number) + 2) / 4);
    }
  });
});

describe('classProbabilities', () => {
  it('reads softmax rows, sigmoid heads and logits', () => {
    const softmax = new Float32Array([0.2, 0.8, 0.6, 0.4]);
    expect(classProbabilities(softmax, 2, 1)[0]).toBeCloseTo(0.6);
    expect(classProbabilities(new Float32Array([0.9]), 1, 0)).toEqual([
      expect.closeTo(0.1) as number,
      expect.closeTo(0.9) as number,
    ]);
    const logits = classProbabilities(new Float32Array([2, 0, -1]), 3, 0);
    expect(logits.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(logits[0]).toBeGreaterThan(logits[1] as number);
  });
});

describe('paintClasses', () => {
  const colors = [hexRgb('#ff0000'), hexRgb('#0000ff')];

  it('fades to white where unsure and shows the class colour where sure', () => {
    const out = new Uint8ClampedArray(8);
    paintClasses(new Float32Array([0.5, 0.5, 1, 0]), 2, colors, false, out);
    expect(Array.from(out.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    const sure = Array.from(out.subarray(4, 8));
    expect(sure[0]).toBe(255);
    expect(sure[1]).toBeLessThan(100);
    expect(sure[2]).toBe(sure[1]);
  });

  it('discretised: only one tint per class', () => {
    const values = new Float32Array([0.55, 0.45, 0.99, 0.01, 0.3, 0.7, 0.02, 0.98]);
    const out = new Uint8ClampedArray(16);
    paintClasses(values, 2, colors, true, out);
    const px = (i: number) => Array.from(out.subarray(i * 4, i * 4 + 4)).join(',');
    expect(px(0)).toBe(px(1));
    expect(px(2)).toBe(px(3));
    expect(px(0)).not.toBe(px(2));
  });
});

describe('value ramps', () => {
  it('maps min to blue, max to orange, middle to light grey', () => {
    expect(rampRgb(0)).toEqual([0, 114, 178]);
    expect(rampRgb(1)).toEqual([213, 94, 0]);
    expect(rampRgb(0.5)).toEqual([235, 235, 235]);
    const out = new Uint8ClampedArray(8);
    paintValues(new Float32Array([9, -1, 9, 3]), 2, 1, -1, 3, out);
    expect(Array.from(out)).toEqual([0, 114, 178, 255, 213, 94, 0, 255]);
    const banded = new Uint8ClampedArray(4 * 50);
    const ramp = Float32Array.from({ length: 50 }, (_, i) => i / 49);
    paintValues(ramp, 1, 0, 0, 1, banded, 4);
    const distinct = new Set(
      Array.from({ length: 50 }, (_, i) => banded.slice(i * 4, i * 4 + 4).join()),
    );
    expect(distinct.size).toBe(4);
  });

  it('gives a symmetric range around 0 per channel', () => {
    expect(symmetricRange(new Float32Array([1, -3, 2, 0.5]), 2, 0)).toEqual([-2, 2]);
    expect(symmetricRange(new Float32Array([1, -3, 2, 0.5]), 2, 1)).toEqual([-3, 3]);
    expect(symmetricRange(new Float32Array([0, 0]), 1, 0)[1]).toBeGreaterThan(0);
  });
});
