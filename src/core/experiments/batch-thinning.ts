/**
 * Per-batch records thinned as a run grows, so a long run keeps a bounded
 * number of points, evenly spread over its steps, and always its latest.
 */
import type { BatchRecord } from '../train/history';

/** Per-batch points a stored run keeps at most. */
export const RUN_BATCH_LIMIT = 2000;

export interface ThinnedBatches {
  batches: BatchRecord[];
  /** Steps kept are the multiples of this (a power of two), plus the latest. */
  stride: number;
}

/**
 * `kept` (thinned at `stride`) with `incoming` added: a point stays when its
 * step is a multiple of the stride, and the stride doubles until at most
 * `limit` points remain. The newest point is kept whatever its step, so
 * the chart reaches the run's end; it gives way when a newer one arrives.
 */
export function addBatches(
  kept: readonly BatchRecord[],
  stride: number,
  incoming: readonly BatchRecord[],
  limit = RUN_BATCH_LIMIT,
): ThinnedBatches {
  const latest = incoming.at(-1) ?? kept.at(-1);
  if (!latest) return { batches: [], stride };
  let s = Math.max(1, stride);
  const onStride = (b: BatchRecord) => b.step % s === 0 && b !== latest;
  let body = [...kept.filter(onStride), ...incoming.filter(onStride)];
  while (body.length + 1 > Math.max(2, limit)) {
    s *= 2;
    body = body.filter(onStride);
  }
  return { batches: [...body, latest], stride: s };
}
