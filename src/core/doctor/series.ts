/**
 * Small, noise-tolerant summaries of an epoch series, shared by the rules:
 * a trailing mean, a centred moving average, and the first epochs' level.
 */

/** Mean of the last `k` values (fewer when the series is shorter); NaN for none. */
export function tailMean(values: readonly number[], k: number): number {
  const tail = values.slice(-k);
  return tail.length === 0 ? NaN : tail.reduce((a, b) => a + b, 0) / tail.length;
}

/** Mean of the first `k` values; NaN for none. */
export function headMean(values: readonly number[], k: number): number {
  const head = values.slice(0, k);
  return head.length === 0 ? NaN : head.reduce((a, b) => a + b, 0) / head.length;
}

/** Centred moving average over `2 * half + 1` values, shrinking at the ends. */
export function movingAverage(values: readonly number[], half: number): number[] {
  return values.map((_, i) => {
    const part = values.slice(Math.max(0, i - half), i + half + 1);
    return part.reduce((a, b) => a + b, 0) / part.length;
  });
}

/** Index of the smallest value (the first of ties); -1 for an empty series. */
export function argMin(values: readonly number[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (best < 0 || v < (values[best] as number)) best = i;
  });
  return best;
}

/** |a − b| relative to |b|. */
export const relativeGap = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
