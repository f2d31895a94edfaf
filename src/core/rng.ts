/**
 * Seeded pseudo-random numbers. Everything random in the app (data, splits,
 * shuffles, initial weights) draws from here, so a seed reproduces a run.
 * Pure: no globals, no Math.random.
 */

/** A source of uniform numbers in [0, 1). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (mean 0, sd 1), Box–Muller. */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** A 32-bit integer, for seeding something else (e.g. a layer initializer). */
  uint32(): number;
}

/** mulberry32: small, fast, and good enough for data and shuffles. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const nextUint = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint() / 4294967296;
  return {
    next,
    normal() {
      // 1 - next() is in (0, 1], so the log is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
    uint32: nextUint,
  };
}

/** 0..n-1 in a seeded random order (Fisher–Yates). */
export function permutation(n: number, rng: Rng): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = out[i] as number;
    out[i] = out[j] as number;
    out[j] = tmp;
  }
  return out;
}
