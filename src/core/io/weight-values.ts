/**
 * Finds weights that are not finite (NaN, +Infinity, -Infinity) in checked
 * model artifacts. Such a model still loads, for inspection; this names
 * the tensors so the app can warn, and refuse to continue training from
 * them, instead of the run failing later and blaming the learning rate.
 */
import { valueCount, type WeightSpec } from './model-files';

export interface NonFiniteWeight {
  /** The weight's name, e.g. "dense_1/kernel". */
  name: string;
  /** Values that are NaN or infinite. */
  count: number;
  /** All values in the tensor. */
  of: number;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * The float32 weights holding NaN or infinite values, in manifest order.
 * Quantized and integer weights cannot hold them and are skipped.
 * @param data the weights in `specs` order, as checked by checkModelFiles
 */
export function nonFiniteWeights(
  specs: readonly WeightSpec[],
  data: ArrayBuffer,
): NonFiniteWeight[] {
  const out: NonFiniteWeight[] = [];
  let offset = 0;
  for (const w of specs) {
    const n = valueCount(w.shape);
    const quant = w.quantization ? { uint8: 1, uint16: 2, float16: 2 }[w.quantization.dtype] : 0;
    const bytes = quant ? n * quant : n * (w.dtype === 'bool' ? 1 : 4);
    if (!quant && w.dtype === 'float32') {
      const values = new Float32Array(data.slice(offset, offset + bytes));
      let count = 0;
      for (const v of values) if (!Number.isFinite(v)) count++;
      if (count > 0) out.push({ name: w.name, count, of: n });
    }
    offset += bytes;
  }
  return out;
}

/** "dense_1/kernel (2 of 16 values), dense_1/bias (1 of 8 values)"; at most `max` named. */
export function describeNonFinite(list: readonly NonFiniteWeight[], max = 4): string {
  const named = list
    .slice(0, max)
    .map((w) => `${w.name} (${fmt(w.count)} of ${fmt(w.of)} values)`)
    .join(', ');
  return list.length > max ? `${named} and ${list.length - max} more` : named;
}

/** One sentence for a message or a warning: which weights are not finite. */
export const nonFiniteSummary = (list: readonly NonFiniteWeight[]): string =>
  `${list.length === 1 ? 'a weight holds' : `${list.length} weights hold`} NaN or infinite values: ${describeNonFinite(list)}.`;
