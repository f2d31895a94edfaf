/**
 * Finds weights that are not finite (NaN, +Infinity, -Infinity) in checked
 * model artifacts. Such a model still loads, for inspection; this names
 * the tensors so the app can warn, and refuse to continue training from
 * them, instead of the run failing later and blaming the learning rate.
 */
import { formatInt } from '../format';
import { t } from '../../i18n';
import { weightByteLength, type WeightSpec } from './model-files';

export interface NonFiniteWeight {
  /** The weight's name, e.g. "dense_1/kernel". */
  name: string;
  /** Values that are NaN or infinite. */
  count: number;
  /** All values in the tensor. */
  of: number;
}

const fmt = formatInt;

/**
 * The float32 weights holding NaN or infinite values, in manifest order.
 * Integer and bool weights cannot hold them; quantized ones (uint8 / uint16,
 * and the rare float16) are not checked.
 * @param data the weights in `specs` order, as checked by checkModelFiles
 */
export function nonFiniteWeights(
  specs: readonly WeightSpec[],
  data: ArrayBuffer,
): NonFiniteWeight[] {
  const out: NonFiniteWeight[] = [];
  let offset = 0;
  for (const w of specs) {
    const bytes = weightByteLength(w);
    if (!w.quantization && w.dtype === 'float32') {
      // A view where aligned (it always is after float32/int32 weights), a copy after bool ones.
      const values =
        offset % 4 === 0
          ? new Float32Array(data, offset, bytes / 4)
          : new Float32Array(data.slice(offset, offset + bytes));
      let count = 0;
      for (const v of values) if (!Number.isFinite(v)) count++;
      if (count > 0) out.push({ name: w.name, count, of: values.length });
    }
    offset += bytes;
  }
  return out;
}

/** "dense_1/kernel (2 of 16 values), dense_1/bias (1 of 8 values)"; at most `max` named. */
export function describeNonFinite(list: readonly NonFiniteWeight[], max = 4): string {
  const named = list
    .slice(0, max)
    .map((w) => t('models:nonFinite.item', { name: w.name, bad: fmt(w.count), of: fmt(w.of) }))
    .join(', ');
  return list.length > max ? t('models:nonFinite.more', { named, more: list.length - max }) : named;
}

/** One sentence for a message or a warning: which weights are not finite. */
export const nonFiniteSummary = (list: readonly NonFiniteWeight[]): string =>
  list.length === 1
    ? t('models:nonFinite.single', { list: describeNonFinite(list) })
    : t('models:nonFinite.several', { count: list.length, list: describeNonFinite(list) });
