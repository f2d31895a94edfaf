/**
 * The model's weights as plain arrays at the end of each epoch, so a run on
 * a GPU that fails (context lost, out of memory) can continue elsewhere
 * from the last completed epoch. The copy on the backend is synchronous and
 * cheap; it is read back without making the training loop wait. A read that
 * never finishes (the context was lost under it) leaves the previous copy
 * in place. Keeps no tensors once a read is done.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { WeightsSnapshot } from '../worker/protocol';

/** The weights in the order of `model.getWeights()`, with the session's key and counters. */
export type PlainWeights = WeightsSnapshot;

export class PlainSnapshots {
  private kept: PlainWeights | null = null;
  /** Bumped by `clear`, so a read started before it is dropped. */
  private generation = 0;

  /** @param kept hears each snapshot once it is read back */
  constructor(private readonly onKept: (snap: PlainWeights) => void = () => undefined) {}

  /** The last snapshot read back, or null. */
  latest(): PlainWeights | null {
    return this.kept;
  }

  /** Copy `model`'s weights now and keep them once read (a later epoch's read wins). */
  capture(
    model: tfl.LayersModel,
    key: string | null,
    epoch: number,
    steps: number,
    trainedMs: number,
  ): Promise<void> {
    const copies = model.getWeights().map((w) => tf.clone(w));
    const generation = this.generation;
    return Promise.all(copies.map((c) => c.data()))
      .then((values) => {
        const newer = !this.kept || this.kept.epoch <= epoch;
        if (generation !== this.generation || !newer) return;
        this.kept = {
          key,
          epoch,
          steps,
          trainedMs,
          weights: copies.map((c, i) => ({
            shape: c.shape,
            values: Float32Array.from(values[i] as ArrayLike<number>),
          })),
        };
        this.onKept(this.kept);
      })
      .catch(() => undefined)
      .finally(() => tf.dispose(copies));
  }

  clear(): void {
    this.generation += 1;
    this.kept = null;
  }
}

/**
 * Largest snapshot sent to the page at each epoch (bytes): the page keeps
 * it to give a restarted engine, and a bigger model would cost a copy of
 * tens of megabytes per epoch.
 */
export const PAGE_SNAPSHOT_MAX_BYTES = 16 * 2 ** 20;

/** The bytes of `snap`'s weight values. */
export function snapshotBytes(snap: PlainWeights): number {
  return snap.weights.reduce((sum, w) => sum + w.values.byteLength, 0);
}

/** Put `snap`'s weights into `model` (built for the same network). */
export function restoreWeights(model: tfl.LayersModel, snap: PlainWeights): void {
  const tensors = snap.weights.map((w) => tf.tensor(w.values, w.shape, 'float32'));
  try {
    model.setWeights(tensors);
  } finally {
    tf.dispose(tensors);
  }
}
