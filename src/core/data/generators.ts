/**
 * 2-D synthetic data generators. Pure and seeded: the same arguments always
 * give the same points, in the same order. Classification generators return
 * exactly `samples` points with the classes as balanced as the count allows;
 * regression generators return one target per point. Inputs lie in roughly
 * [-1, 1] on both axes before noise.
 *
 * The circle, XOR, two-Gaussian and two-arm spiral sets draw their random
 * numbers in the same order as the first release, so saved specs recreate
 * the same points.
 */
import { createRng, type Rng } from '../rng';
import type { SyntheticKind } from './dataset-spec';

/** Points as a flat [n, 2] row-major array and their class labels. */
export interface LabelledPoints {
  /** [n, 2] float32, row-major: x0, y0, x1, y1, ... */
  x: Float32Array;
  /** [n] class index. */
  y: Int32Array;
  numClasses: number;
}

/** Points and one regression target per point. */
export interface TargetPoints {
  /** [n, 2] float32, row-major. */
  x: Float32Array;
  /** [n] float32 target. */
  t: Float32Array;
}

type ClassGenerator = (n: number, noise: number, rng: Rng, classes: number) => LabelledPoints;
type SurfaceGenerator = (n: number, noise: number, rng: Rng) => TargetPoints;

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

const circle: ClassGenerator = (n, noise, rng) =>
  fill(n, 2, (cls) => {
    // Inner disc (class 0) up to radius 0.5, outer ring (class 1) 0.7..1.
    const r = cls === 0 ? 0.5 * Math.sqrt(rng.next()) : 0.7 + 0.3 * rng.next();
    const a = 2 * Math.PI * rng.next();
    return [r * Math.cos(a) + noise * rng.normal(), r * Math.sin(a) + noise * rng.normal()];
  });

const xor: ClassGenerator = (n, noise, rng) =>
  fill(n, 2, (cls, i) => {
    // Class 0 takes quadrants I and III, class 1 quadrants II and IV; a small
    // padding keeps points off the axes so noise 0 is cleanly separable.
    const side = i % 2 === 0 ? 1 : -1;
    const pad = 0.05;
    const a = side * (pad + (1 - pad) * rng.next());
    const b = side * (cls === 0 ? 1 : -1) * (pad + (1 - pad) * rng.next());
    return [a + noise * rng.normal(), b + noise * rng.normal()];
  });

const gaussians: ClassGenerator = (n, noise, rng) =>
  fill(n, 2, (cls) => {
    const c = cls === 0 ? 0.45 : -0.45;
    const sd = 0.15 + noise;
    return [c + sd * rng.normal(), c + sd * rng.normal()];
  });

const spiral: ClassGenerator = (n, noise, rng, classes) =>
  fill(n, classes, (cls, i, count) => {
    const t = i / count;
    const r = 0.05 + 0.95 * t;
    // Arms evenly spaced in angle; with two arms this is cls·π, as before.
    const a = 1.75 * 2 * Math.PI * t + (cls * 2 * Math.PI) / classes;
    return [r * Math.sin(a) + noise * rng.normal(), r * Math.cos(a) + noise * rng.normal()];
  });

const moons: ClassGenerator = (n, noise, rng) =>
  fill(n, 2, (cls) => {
    // scikit-learn's moons (x in [-1, 2], y in [-0.5, 1]) centred and scaled into [-1, 1].
    const t = Math.PI * rng.next();
    const [mx, my] = cls === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [(mx - 0.5) / 1.5 + noise * rng.normal(), (my - 0.25) / 1.5 + noise * rng.normal()];
  });

const checkerboard: ClassGenerator = (n, noise, rng) =>
  fill(n, 2, (cls) => {
    // 4 × 4 cells of side 0.5; cell (i, j) belongs to class (i + j) mod 2.
    const cell = rng.int(8);
    const i = Math.floor(cell / 2);
    const j = 2 * (cell % 2) + ((i + cls) % 2);
    return [
      -1 + 0.5 * (i + rng.next()) + noise * rng.normal(),
      -1 + 0.5 * (j + rng.next()) + noise * rng.normal(),
    ];
  });

const blobs: ClassGenerator = (n, noise, rng, classes) =>
  fill(n, classes, (cls) => {
    const a = (2 * Math.PI * cls) / classes + Math.PI / 2;
    const sd = 0.1 + noise;
    return [0.65 * Math.cos(a) + sd * rng.normal(), 0.65 * Math.sin(a) + sd * rng.normal()];
  });

function surface(n: number, noise: number, rng: Rng, f: (a: number, b: number) => number) {
  const x = new Float32Array(n * 2);
  const t = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = 2 * rng.next() - 1;
    const b = 2 * rng.next() - 1;
    x[2 * i] = a;
    x[2 * i + 1] = b;
    t[i] = f(a, b) + noise * rng.normal();
  }
  return { x, t };
}

/** Centres, signs and widths of the hills surface. */
const HILLS: [number, number, number][] = [
  [-0.55, 0.5, 1],
  [0.1, 0.55, -1],
  [0.6, 0.45, 1],
  [-0.5, -0.45, -1],
  [0.05, -0.5, 1],
  [0.6, -0.55, -1],
];

const plane: SurfaceGenerator = (n, noise, rng) => surface(n, noise, rng, (a, b) => (a + b) / 2);

const hills: SurfaceGenerator = (n, noise, rng) =>
  surface(n, noise, rng, (a, b) =>
    HILLS.reduce((s, [cx, cy, sign]) => {
      const d2 = (a - cx) ** 2 + (b - cy) ** 2;
      return s + sign * Math.exp(-d2 / (2 * 0.3 ** 2));
    }, 0),
  );

const CLASSIFIERS: Partial<Record<SyntheticKind, ClassGenerator>> = {
  circle,
  xor,
  gaussians,
  spiral,
  moons,
  checkerboard,
  blobs,
};

const SURFACES: Partial<Record<SyntheticKind, SurfaceGenerator>> = { plane, hills };

/**
 * Generate `samples` labelled points of a classification kind, deterministic for `seed`.
 * @param classes class count for kinds that take one (spiral, blobs); ignored otherwise
 */
export function generatePoints(
  kind: SyntheticKind,
  samples: number,
  noise: number,
  seed: number,
  classes = 2,
): LabelledPoints {
  const gen = CLASSIFIERS[kind];
  if (!gen) throw new Error(`${kind} is not a classification dataset.`);
  return gen(samples, noise, createRng(seed), classes);
}

/** Generate `samples` points with a regression target, deterministic for `seed`. */
export function generateSurface(
  kind: SyntheticKind,
  samples: number,
  noise: number,
  seed: number,
): TargetPoints {
  const gen = SURFACES[kind];
  if (!gen) throw new Error(`${kind} is not a regression dataset.`);
  return gen(samples, noise, createRng(seed));
}
