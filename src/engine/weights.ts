/**
 * Copies of a model's weights, for "last good" and "best" snapshots.
 * A snapshot owns its tensors: dispose it when replaced.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';

export class WeightSnapshot {
  private constructor(
    private readonly tensors: tf.Tensor[],
    /** Epoch at whose end the copy was taken (0 = before training). */
    readonly epoch: number,
  ) {}

  static take(model: tfl.LayersModel, epoch: number): WeightSnapshot {
    return new WeightSnapshot(
      model.getWeights().map((w) => tf.clone(w)),
      epoch,
    );
  }

  restoreInto(model: tfl.LayersModel): void {
    model.setWeights(this.tensors);
  }

  dispose(): void {
    tf.dispose(this.tensors);
  }
}
