import { describe, expect, it } from 'vitest';
import { DIGIT_SIDE, digitInput, inkBox, type InkImage } from './digit-draw';

/** A w × h image with ink 1 in the rectangle [x0, x1) × [y0, y1). */
function rect(w: number, h: number, x0: number, y0: number, x1: number, y1: number): InkImage {
  const ink = new Float32Array(w * h);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) ink[y * w + x] = 1;
  return { width: w, height: h, ink };
}

/** Columns and rows of `out` with any ink, as [first, last]. */
function extent(out: Float32Array) {
  const img = { width: DIGIT_SIDE, height: DIGIT_SIDE, ink: out };
  const box = inkBox(img);
  if (!box) throw new Error('no ink');
  return { x: [box.x0, box.x1 - 1] as const, y: [box.y0, box.y1 - 1] as const };
}

describe('digitInput', () => {
  it('is null for an empty drawing', () => {
    expect(digitInput({ width: 280, height: 280, ink: new Float32Array(280 * 280) })).toBeNull();
    // Faint specks below the ink threshold do not count either.
    const faint = new Float32Array(280 * 280).fill(0.01);
    expect(digitInput({ width: 280, height: 280, ink: faint })).toBeNull();
  });

  it('scales a square of ink to a full 20 × 20 block in the centre', () => {
    const out = digitInput(rect(280, 280, 10, 30, 110, 130));
    expect(out).not.toBeNull();
    const o = out as Float32Array;
    expect(o.length).toBe(784);
    expect(extent(o)).toEqual({ x: [4, 23], y: [4, 23] });
    expect(o[4 * 28 + 4]).toBeCloseTo(1, 5);
    expect(o[14 * 28 + 14]).toBeCloseTo(1, 5);
    expect(o[3 * 28 + 14]).toBe(0);
    const total = o.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(400, 3);
  });

  it('keeps the aspect ratio of a tall stroke: 20 high, narrow, centred', () => {
    // 20 wide, 200 high → 2 wide, 20 high.
    const out = digitInput(rect(280, 280, 200, 40, 220, 240)) as Float32Array;
    expect(extent(out)).toEqual({ x: [13, 14], y: [4, 23] });
  });

  it('centres by centre of mass, not by the bounding box', () => {
    // An L: a heavy bar at the bottom pulls the centre of mass down.
    const img = rect(100, 100, 0, 0, 10, 100);
    for (let y = 90; y < 100; y++) for (let x = 0; x < 100; x++) img.ink[y * 100 + x] = 1;
    const out = digitInput(img) as Float32Array;
    const ext = extent(out);
    // The box is 20 × 20; its mass sits low and left, so it moves up and right of 4..23.
    expect(ext.x[1] - ext.x[0]).toBe(19);
    expect(ext.x[0]).toBeGreaterThan(4);
    expect(ext.y[0]).toBeLessThan(4);
    let m = 0;
    let my = 0;
    let mx = 0;
    out.forEach((v, k) => {
      m += v;
      mx += v * ((k % 28) + 0.5);
      my += v * (Math.floor(k / 28) + 0.5);
    });
    expect(Math.abs(mx / m - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(my / m - 14)).toBeLessThanOrEqual(0.5);
  });

  it('averages partial ink and keeps every value in [0, 1]', () => {
    // A 1-pixel-wide diagonal in 280 × 280, scaled down 14×: faint grey pixels.
    const ink = new Float32Array(280 * 280);
    for (let i = 0; i < 280; i++) ink[i * 280 + i] = 1;
    const out = digitInput({ width: 280, height: 280, ink }) as Float32Array;
    expect(Math.max(...out)).toBeLessThan(0.2);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    // The diagonal is kept: the top-left and bottom-right of the box have ink.
    expect(out[4 * 28 + 4]).toBeGreaterThan(0);
    expect(out[23 * 28 + 23]).toBeGreaterThan(0);
    expect(out[4 * 28 + 23]).toBe(0);
  });

  it('scales a single dot up to the box', () => {
    const img = rect(28, 28, 3, 3, 4, 4);
    const out = digitInput(img) as Float32Array;
    expect(extent(out)).toEqual({ x: [4, 23], y: [4, 23] });
  });
});
