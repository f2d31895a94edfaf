/**
 * Smallest and largest values of arrays of any length, and an even sample
 * of indices for drawing. Loops, never `Math.min(...values)`: spreading a
 * data-sized array into arguments overflows the call stack past about
 * 100,000 elements. Pure.
 */

/** The smallest and largest finite values of `values`, or null when there are none. */
export function finiteRange(
  ...arrays: readonly ArrayLike<number>[]
): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (!Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min <= max ? { min, max } : null;
}

/** The largest finite value of `values`, or `empty` when there is none. */
export function maxOf(values: ArrayLike<number>, empty = -Infinity): number {
  return finiteRange(values)?.max ?? empty;
}

/** The smallest finite value of `values`, or `empty` when there is none. */
export function minOf(values: ArrayLike<number>, empty = Infinity): number {
  return finiteRange(values)?.min ?? empty;
}

/**
 * Indices 0 … n−1 when n ≤ max, else `max` indices spread evenly over them
 * (the first always, in increasing order): a sample to draw that keeps the
 * data's order and shape without a random generator.
 */
export function evenSample(n: number, max: number): Uint32Array {
  const count = Math.max(0, Math.min(n, Math.floor(max)));
  const out = new Uint32Array(count);
  if (count === n) {
    for (let i = 0; i < n; i++) out[i] = i;
    return out;
  }
  const step = n / count;
  for (let i = 0; i < count; i++) out[i] = Math.floor(i * step);
  return out;
}
