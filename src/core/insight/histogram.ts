/**
 * Histograms of plain numbers, for the weight views: fixed-count binning
 * with summary statistics, re-binning onto another range (to overlay an
 * earlier epoch on the current one), and thinning a bounded history.
 * Pure TypeScript: no tfjs, no DOM.
 */

/** Bins used when none are asked for. */
const DEFAULT_BINS = 30;

/** A histogram of the finite values of an array, with their statistics. */
export interface Histogram {
  /** Lower edge of the first bin and upper edge of the last (equal when all values are). */
  min: number;
  max: number;
  /** Mean and population standard deviation of the finite values (0 when there are none). */
  mean: number;
  std: number;
  /** Count per bin; bin i covers [min + i·w, min + (i+1)·w), the last one includes max. */
  counts: number[];
  /** Finite values counted. */
  n: number;
  /** NaN and ±Infinity values: not binned, counted apart. */
  nonFinite: number;
}

/** Lower and upper edge of bin `i`. */
export function binRange(h: Histogram, i: number): [number, number] {
  const k = h.counts.length;
  if (k === 0) return [h.min, h.max];
  const w = (h.max - h.min) / k;
  return [h.min + i * w, i === k - 1 ? h.max : h.min + (i + 1) * w];
}

/**
 * Bin the finite values of `values` into `bins` equal-width bins between
 * their min and max. All-equal values fall into the middle bin of a
 * zero-width range; no finite values give all-zero counts.
 */
export function histogram(values: ArrayLike<number>, bins = DEFAULT_BINS): Histogram {
  if (!Number.isInteger(bins) || bins < 1)
    throw new Error(`bins must be a positive integer, got ${bins}.`);
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const counts = new Array<number>(bins).fill(0);
  const nonFinite = values.length - n;
  if (n === 0) return { min: 0, max: 0, mean: 0, std: 0, counts, n, nonFinite };
  const mean = sum / n;
  let sq = 0;
  const w = (max - min) / bins;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    sq += (v - mean) * (v - mean);
    const b = w === 0 ? Math.floor(bins / 2) : Math.min(bins - 1, Math.floor((v - min) / w));
    counts[b] = (counts[b] as number) + 1;
  }
  return { min, max, mean, std: Math.sqrt(sq / n), counts, n, nonFinite };
}

/**
 * Spread `h`'s counts over `bins` equal bins between `lo` and `hi`,
 * assuming values are uniform inside each source bin (a zero-width source
 * puts everything at its one value). Counts outside [lo, hi] are dropped.
 * Used to draw an earlier epoch's outline on the current epoch's bins.
 */
export function rebin(h: Histogram, lo: number, hi: number, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  const w = (hi - lo) / bins;
  const put = (v: number, c: number) => {
    if (v < lo || v > hi) return;
    const b = w === 0 ? Math.floor(bins / 2) : Math.min(bins - 1, Math.floor((v - lo) / w));
    out[b] = (out[b] as number) + c;
  };
  h.counts.forEach((c, i) => {
    if (c === 0) return;
    const [a, z] = binRange(h, i);
    if (z === a || w === 0) return put((a + z) / 2, c);
    // Overlap of [a, z) with each target bin, as a share of the source bin.
    const first = Math.max(0, Math.floor((a - lo) / w));
    const last = Math.min(bins - 1, Math.floor((z - lo) / w));
    for (let b = first; b <= last; b++) {
      const overlap = Math.min(z, lo + (b + 1) * w) - Math.max(a, lo + b * w);
      if (overlap > 0) out[b] = (out[b] as number) + (c * overlap) / (z - a);
    }
  });
  return out;
}

/**
 * Keep a history under `max` items, evenly spread: the first and the last
 * item always stay, and of the rest those whose `position` (e.g. the epoch)
 * is a multiple of the smallest power-of-two stride that fits. The stride
 * depends only on the positions, so thinning again as items arrive keeps
 * the spacing even. Returns `items` itself when it is short enough.
 */
export function thinEvenly<T>(
  items: readonly T[],
  max: number,
  position: (item: T, index: number) => number = (_, i) => i,
): readonly T[] {
  if (max < 2) throw new Error(`max must be at least 2, got ${max}.`);
  if (items.length <= max) return items;
  const last = items.length - 1;
  for (let stride = 2; ; stride *= 2) {
    const kept = items.filter((t, i) => i === 0 || i === last || position(t, i) % stride === 0);
    if (kept.length <= max) return kept;
  }
}
