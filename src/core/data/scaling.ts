/**
 * Feature scaling: fitted on the training split only, then applied to every
 * split (and later to the inputs a user predicts on), so no statistic of the
 * validation or test data leaks into training.
 *
 * A scaling is plain data, per input value: x' = (x − offset) / scale. This
 * is the shape saved-model metadata stores (core/io/model-meta.ts).
 */
import type { ScalingMethod } from './dataset-spec';

/** Per input value: x' = (x − offset[i]) / scale[i]. scale is never 0. */
export interface InputScaling {
  offset: number[];
  scale: number[];
}

/**
 * Fit a scaling on the rows of a training split.
 * @param x [n, f] float32, row-major: the training split only
 * @param scaled which of the f inputs to scale; the others get offset 0, scale 1
 *   (one-hot columns, for example). All of them when omitted.
 * @returns null for 'none'
 */
export function fitScaling(
  x: Float32Array,
  n: number,
  f: number,
  method: ScalingMethod,
  scaled?: boolean[],
): InputScaling | null {
  if (method === 'none') return null;
  const offset = new Array<number>(f).fill(0);
  const scale = new Array<number>(f).fill(1);
  for (let j = 0; j < f; j++) {
    if (scaled && !scaled[j]) continue;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = x[i * f + j] as number;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (n === 0) continue;
    if (method === 'standardize') {
      const mean = sum / n;
      let ss = 0;
      for (let i = 0; i < n; i++) ss += ((x[i * f + j] as number) - mean) ** 2;
      const sd = Math.sqrt(ss / n);
      offset[j] = mean;
      // A constant column stays constant (0) rather than dividing by zero.
      scale[j] = sd > 1e-12 ? sd : 1;
    } else {
      offset[j] = min;
      scale[j] = max - min > 1e-12 ? max - min : 1;
    }
  }
  return { offset, scale };
}

/**
 * Scale rows in place.
 * @param x [n, f] float32, row-major, f = scaling.offset.length
 */
export function applyScaling(x: Float32Array, scaling: InputScaling | null | undefined): void {
  if (!scaling) return;
  const f = scaling.offset.length;
  for (let k = 0; k < x.length; k++) {
    const j = k % f;
    x[k] = ((x[k] as number) - (scaling.offset[j] as number)) / (scaling.scale[j] as number);
  }
}
