/** Scales for the data plots: the range of two inputs, and a colour ramp for values. */
import type { DataPart } from '../../core/data/dataset';
import { RAMP_HIGH, RAMP_LOW, RAMP_MID } from '../../core/insight/grid';

export interface Extent {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The range of inputs xIndex and yIndex over the parts, with a 5% margin. */
export function partRange(parts: DataPart[], f: number, xIndex: number, yIndex: number): Extent {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of parts) {
    for (let i = 0; i < p.n; i++) {
      const x = p.x[i * f + xIndex] as number;
      const y = p.x[i * f + yIndex] as number;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  const pad = (a: number, b: number): [number, number] => {
    if (!Number.isFinite(a)) return [-1, 1];
    const m = (b - a) * 0.05 || 0.5;
    return [a - m, b + m];
  };
  const [px0, px1] = pad(x0, x1);
  const [py0, py1] = pad(y0, y1);
  return { x0: px0, x1: px1, y0: py0, y1: py1 };
}

/** A blue → light → orange ramp for t in [0, 1] (low → high values). */
export function valueColor(t: number): string {
  const c = Math.max(0, Math.min(1, t));
  const [a, b, u] = c < 0.5 ? [RAMP_LOW, RAMP_MID, c * 2] : [RAMP_MID, RAMP_HIGH, c * 2 - 1];
  const mix = (i: number) =>
    Math.round((a[i] as number) + ((b[i] as number) - (a[i] as number)) * u);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}
