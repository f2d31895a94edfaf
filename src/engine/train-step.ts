/**
 * One optimisation step, shared by the training loop and the learning-rate
 * range test: the objective plus the model's regularisation losses,
 * minimised over the trainable weights, with the gradients clipped as the
 * config says. Call it inside `tf.tidy`; it keeps only what it returns.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { TrainingConfig } from '../core/train/training-config';
import type { Objective } from './objective';

export interface StepParts {
  model: tfl.LayersModel;
  optimizer: tf.Optimizer;
  objective: Objective;
  clip: TrainingConfig['clip'];
}

/**
 * The penalties of the layers' kernel regularizers (L1, L2), each a scalar.
 * Asked of every layer: a Sequential's own `calculateLosses()` finds no
 * layer of its inner model and returns none in tfjs 4.22.
 */
export function regularizationLosses(model: tfl.LayersModel): tf.Scalar[] {
  return model.layers.flatMap((layer) => layer.calculateLosses());
}

/** `loss` plus the model's regularization penalties. */
export function withPenalties(model: tfl.LayersModel, loss: tf.Scalar): tf.Scalar {
  return regularizationLosses(model).reduce<tf.Scalar>((sum, r) => tf.add(sum, r), loss);
}

/**
 * Update the model's weights on one batch.
 * @param xb [batch, ...inputShape] float32
 * @param yb one-hot [batch, classes] or targets [batch, outputs]
 * @returns [mean loss, metric summed over the batch], both scalars
 */
export function trainStep(p: StepParts, xb: tf.Tensor, yb: tf.Tensor): [tf.Scalar, tf.Scalar] {
  const { model, optimizer, objective, clip } = p;
  let metric: tf.Scalar | null = null;
  const f = () => {
    const [l, m] = objective(xb, yb, true);
    metric = tf.keep(m);
    return withPenalties(model, l);
  };
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  let loss: tf.Scalar;
  if (clip.kind === 'none') {
    loss = optimizer.minimize(f, true, vars) as tf.Scalar;
  } else {
    const { value, grads } = optimizer.computeGradients(f, vars);
    const c = clip.threshold;
    const clipped: tf.NamedTensorMap = {};
    for (const [name, g] of Object.entries(grads)) {
      clipped[name] =
        clip.kind === 'value'
          ? tf.clipByValue(g, -c, c)
          : tf.mul(g, tf.div(tf.scalar(c), tf.maximum(tf.norm(g), tf.scalar(c))));
    }
    optimizer.applyGradients(clipped);
    loss = value as tf.Scalar;
  }
  return [loss, metric as unknown as tf.Scalar];
}
