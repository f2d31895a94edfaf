/**
 * A dataset's splits as tensors, owned by whoever holds the returned object
 * (call `dispose`). Classification labels become one-hot rows.
 */
import * as tf from '@tensorflow/tfjs-core';
import { outputUnits, type DataPart, type Dataset } from '../core/data/dataset';

export interface PartTensors {
  /** [n, ...inputShape] float32 */
  x: tf.Tensor;
  /** Classification: [n, classes] one-hot float32. Regression: [n, targets] float32. */
  y: tf.Tensor2D;
  n: number;
}

export interface DataTensors {
  train: PartTensors;
  validation: PartTensors;
  test: PartTensors;
  dispose(): void;
}

function partTensors(part: DataPart, ds: Dataset): PartTensors {
  const units = outputUnits(ds.task);
  return tf.tidy(() => ({
    x: tf.tensor(part.x, [part.n, ...ds.inputShape], 'float32'),
    y:
      ds.task.kind === 'classification'
        ? (tf.cast(
            tf.oneHot(tf.tensor1d(part.y as Int32Array, 'int32'), units),
            'float32',
          ) as tf.Tensor2D)
        : tf.tensor2d(part.y as Float32Array, [part.n, units]),
    n: part.n,
  }));
}

export function toTensors(ds: Dataset): DataTensors {
  const parts = [ds.train, ds.validation, ds.test].map((p) => partTensors(p, ds)) as [
    PartTensors,
    PartTensors,
    PartTensors,
  ];
  return {
    train: parts[0],
    validation: parts[1],
    test: parts[2],
    dispose: () => parts.forEach((p) => tf.dispose([p.x, p.y])),
  };
}
