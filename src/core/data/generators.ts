/**
 * 2-D synthetic classification generators. Pure and seeded: the same spec
 * always gives the same points, in the same order. Every generator returns
 * exactly `samples` points with the classes as balanced as the count allows,
 * inside roughly [-1, 1] on both axes before noise.
 */
import { createRng, type Rng } from '../rng';
import type { DatasetKind } from './dataset-spec';

/** Points as a flat [n, 2] row-major array and their class labels. */
export interface LabelledPoints {
  /** [n, 2] float32, row-major: x0, y0, x1, y1, ... */
  x: Float32Array;
  /** [n] class index. */
  y: Int32Array;
  numClasses: number;
}

type Generator = (n: number, noise: number, rng: Rng) => LabelledPoints;

/** Per-class counts for n points over k classes, differing by at most one. */
export function balancedCounts(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, c) => Math.floor(n / k) + (c < n % k ? 1 : 0));
}

function fill(
  n: number,
  k: number,
  point: (cls: number, i: number, count: number) => [number, number],
): LabelledPoints {
  const x = new Float32Array(n * 2);
  const y = new Int32Array(n);
  let row = 0;
  balancedCounts(n, k).forEach((count, cls) => {
    for (let i = 0; i < count; i++, row++) {
      const [px, py] = point(cls, i, count);
      x[row * 2] = px;
      x[row * 2 + 1] = py;
      y[row] = cls;
    }
  });
  return { x, y, numClasses: k };
}

const circle: Generator = (n, noise, rng) =>
  fill(n, 2, (cls) => {
    // Inner disc (class 0) up to radius 0.5, outer ring (class 1) 0.7..1.
    const r = cls === 0 ? 0.5 * Math.sqrt(rng.next()) : 0.7 + 0.3 * rng.next();
    const a = 2 * Math.PI * rng.next();
    return [r * Math.cos(a) + noise * rng.normal(), r * Math.sin(a) + noise * rng.normal()];
  });

const xor: Generator = (n, noise, rng) =>
  fill(n, 2, (cls, i) => {
    // Class 0 takes quadrants I and III, class 1 quadrants II and IV; a small
    // padding keeps points off the axes so noise 0 is cleanly separable.
    const side = i % 2 === 0 ? 1 : -1;
    const pad = 0.05;
    const a = side * (pad + (1 - pad) * rng.next());
    const b = side * (cls === 0 ? 1 : -1) * (pad + (1 - pad) * rng.next());
    return [a + noise * rng.normal(), b + noise * rng.normal()];
  });

const gaussians: Generator = (n, noise, rng) =>
  fill(n, 2, (cls) => {
    const c = cls === 0 ? 0.45 : -0.45;
    const sd = 0.15 + noise;
    return [c + sd * rng.normal(), c + sd * rng.normal()];
  });

const spiral: Generator = (n, noise, rng) =>
  fill(n, 2, (cls, i, count) => {
    const t = i / count;
    const r = 0.05 + 0.95 * t;
    const a = 1.75 * 2 * Math.PI * t + cls * Math.PI;
    return [r * Math.sin(a) + noise * rng.normal(), r * Math.cos(a) + noise * rng.normal()];
  });

const GENERATORS: Record<DatasetKind, Generator> = { circle, xor, gaussians, spiral };

/** Generate `samples` labelled points of `kind`, deterministic for `seed`. */
export function generatePoints(
  kind: DatasetKind,
  samples: number,
  noise: number,
  seed: number,
): LabelledPoints {
  return GENERATORS[kind](samples, noise, createRng(seed));
}
