/**
 * Exponential moving average as TensorBoard draws it. Pure.
 */

/** The largest smoothing weight offered: at 1 the average never moves. */
export const MAX_SMOOTHING = 0.99;

/**
 * Debiased exponential moving average of `values` with weight `weight`
 * (0 = no smoothing, towards 1 = smoother), TensorBoard's scalar smoothing:
 * `s_i = (w·acc_{i-1} + (1-w)·v_i) / (1 - w^k)` where k counts the finite
 * values so far. The debiasing keeps the start of the curve at the data
 * instead of pulling it towards 0.
 *
 * Non-finite values (a diverged loss) pass through unchanged and do not
 * enter the average. A constant series is returned as is, as TensorBoard
 * does, so floating-point error cannot make it wobble.
 *
 * @param weight clamped to [0, MAX_SMOOTHING].
 * @returns a new array, the same length as `values`.
 */
export function emaSmooth(values: readonly number[], weight: number): number[] {
  const w = Math.min(Math.max(Number.isFinite(weight) ? weight : 0, 0), MAX_SMOOTHING);
  const first = values[0];
  if (w === 0 || values.every((v) => v === first)) return values.slice();
  const out = new Array<number>(values.length);
  let acc = 0;
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      out[i] = v;
      continue;
    }
    acc = acc * w + (1 - w) * v;
    k++;
    out[i] = acc / (1 - w ** k);
  }
  return out;
}
