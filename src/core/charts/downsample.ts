/**
 * Downsampling a series for drawing. Pure: no DOM, no React.
 *
 * A chart a few hundred pixels wide cannot show more than a few thousand
 * points, and drawing more only costs time. Min/max per bucket keeps the
 * shape a reader cares about: every spike and dip of a noisy loss survives,
 * which averaging or picking every n-th point would hide.
 */

/**
 * The indices `0..n-1` to keep so that at most `maxPoints` remain, in
 * order: the first and the last, and in each of `(maxPoints - 2) / 2` equal
 * buckets of indices the one with the smallest and the one with the largest
 * value.
 *
 * Buckets are by index, which suits series sampled at a steady rate (one
 * point per step or per epoch). Non-finite and null values are never chosen
 * as an extreme; a bucket that holds nothing else keeps its first index, so
 * a gap in the series stays a gap.
 *
 * @param maxPoints at least 4.
 * @param valueAt the value at index i; called once per index.
 */
export function minMaxIndices(
  n: number,
  maxPoints: number,
  valueAt: (i: number) => number | null,
): number[] {
  if (!(maxPoints >= 4)) throw new RangeError(`maxPoints must be at least 4, got ${maxPoints}`);
  if (n <= maxPoints) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.floor((maxPoints - 2) / 2);
  const size = (n - 2) / buckets;
  const out: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor(b * size);
    const end = 1 + Math.floor((b + 1) * size);
    let minI = -1;
    let maxI = -1;
    let min = Infinity;
    let max = -Infinity;
    for (let i = start; i < end; i++) {
      const v = valueAt(i);
      if (v === null || !Number.isFinite(v)) continue;
      if (v < min) {
        min = v;
        minI = i;
      }
      if (v > max) {
        max = v;
        maxI = i;
      }
    }
    if (minI < 0) {
      if (start < end) out.push(start);
    } else if (minI === maxI) {
      out.push(minI);
    } else {
      out.push(Math.min(minI, maxI), Math.max(minI, maxI));
    }
  }
  out.push(n - 1);
  return out;
}

/**
 * Keep at most `maxPoints` of `points` by {@link minMaxIndices}. Returns
 * `points` itself when it is short enough (so memoised callers keep
 * referential equality).
 */
export function downsampleMinMax<T>(
  points: readonly T[],
  maxPoints: number,
  value: (p: T) => number | null,
): readonly T[] {
  if (!(maxPoints >= 4)) throw new RangeError(`maxPoints must be at least 4, got ${maxPoints}`);
  if (points.length <= maxPoints) return points;
  return minMaxIndices(points.length, maxPoints, (i) => value(points[i] as T)).map(
    (i) => points[i] as T,
  );
}

/**
 * The indices where a step-like series changes value, with the first and
 * the last: all a step chart needs (a constant learning rate is two points,
 * however long the run).
 */
export function levelChanges(values: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || i === values.length - 1 || !Object.is(values[i], values[i - 1])) out.push(i);
  }
  return out;
}
