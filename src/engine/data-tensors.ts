/**
 * A dataset's splits as tensors, owned by whoever holds the returned object
 * (call `dispose`). Labels are one-hot for the softmax output.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DataPart, Dataset } from '../core/data/dataset';

export interface PartTensors {
  /** [n, numFeatures] float32 */
  x: tf.Tensor2D;
  /** [n, numClasses] float32, one-hot */
  y: tf.Tensor2D;
  n: number;
}

export interface DataTensors {
  train: PartTensors;
  validation: PartTensors;
  test: PartTensors;
  numClasses: number;
  dispose(): void;
}

function partTensors(part: DataPart, f: number, k: number): PartTensors {
  return tf.tidy(() => ({
    x: tf.tensor2d(part.x, [part.n, f]),
    y: tf.cast(tf.oneHot(tf.tensor1d(part.y, 'int32'), k), 'float32') as tf.Tensor2D,
    n: part.n,
  }));
}

export function toTensors(ds: Dataset): DataTensors {
  const parts = [ds.train, ds.validation, ds.test].map((p) =>
    partTensors(p, ds.numFeatures, ds.numClasses),
  ) as [PartTensors, PartTensors, PartTensors];
  return {
    train: parts[0],
    validation: parts[1],
    test: parts[2],
    numClasses: ds.numClasses,
    dispose: () => parts.forEach((p) => tf.dispose([p.x, p.y])),
  };
}
