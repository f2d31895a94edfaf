/**
 * The training objective for a classifier: mean categorical cross-entropy
 * and the count of correct predictions.
 *
 * Where the model ends in a separate softmax layer (every model the
 * playground builds), the loss is computed from the logits before it, which
 * is exact and never saturates: a learning rate that is far too high makes
 * the loss blow up to infinity and NaN, where it can be caught, instead of
 * sticking at the clipped maximum. Models from elsewhere (softmax inside
 * their last Dense) fall back to cross-entropy on clipped probabilities.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

export interface Objective {
  /** Loss (scalar, mean over the batch) and correct count (scalar) for x: [batch, f], y: one-hot [batch, k]. */
  (x: tf.Tensor, y: tf.Tensor, training: boolean): [tf.Scalar, tf.Scalar];
}

function endsInSoftmaxLayer(model: tfl.LayersModel): boolean {
  const last = model.layers.at(-1);
  return last?.getClassName() === 'Activation' && last.getConfig()['activation'] === 'softmax';
}

export function makeObjective(model: tfl.LayersModel): Objective {
  const correctCount = (y: tf.Tensor, scores: tf.Tensor): tf.Scalar =>
    tf.sum(tf.cast(tf.equal(tf.argMax(y, -1), tf.argMax(scores, -1)), 'float32'));
  if (endsInSoftmaxLayer(model) && model.layers.length >= 2) {
    // Shares the layers (and weights) of `model`; it owns nothing to dispose.
    const logitsModel = tfl.model({
      inputs: model.inputs,
      outputs: model.layers[model.layers.length - 2]!.output as tfl.SymbolicTensor,
    });
    return (x, y, training) => {
      const logits = logitsModel.apply(x, { training }) as tf.Tensor;
      return [tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar, correctCount(y, logits)];
    };
  }
  return (x, y, training) => {
    const probs = model.apply(x, { training }) as tf.Tensor;
    return [
      tf.mean(tfl.metrics.categoricalCrossentropy(y, probs)) as tf.Scalar,
      correctCount(y, probs),
    ];
  };
}
