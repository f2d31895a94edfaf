/**
 * The training objective: a mean loss and a metric sum per batch.
 *
 * Cross-entropy on a model that ends in a separate softmax or sigmoid layer
 * (every classifier the playground builds) is computed from the logits
 * before it, which is exact and never saturates: a learning rate far too
 * high makes the loss blow up to infinity / NaN, where it can be caught,
 * instead of sticking at a clipped maximum. Classifiers from elsewhere
 * (softmax inside their last Dense) use cross-entropy on clipped
 * probabilities. Squared, absolute and Huber losses compare the model's
 * outputs (probabilities, for a classifier) with the targets.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { LossId } from '../core/train/losses';

export interface Objective {
  /** 'correct' counts right predictions; 'absError' sums absolute errors (regression). */
  metric: 'correct' | 'absError';
  /**
   * @param x [batch, ...inputShape]
   * @param y one-hot [batch, classes] or targets [batch, outputs]
   * @returns [mean loss, metric summed over the batch], both scalars
   */
  (x: tf.Tensor, y: tf.Tensor, training: boolean): [tf.Scalar, tf.Scalar];
}

export interface LossOptions {
  loss: LossId;
  huberDelta: number;
}

function finalActivation(model: tfl.LayersModel): string | null {
  const last = model.layers.at(-1);
  if (!last) return null;
  const activation = last.getConfig()['activation'];
  return typeof activation === 'string' ? activation : null;
}

const sameClass = (y: tf.Tensor, scores: tf.Tensor): tf.Scalar =>
  tf.sum(tf.cast(tf.equal(tf.argMax(y, -1), tf.argMax(scores, -1)), 'float32'));

/** For one sigmoid unit the target is the one-hot's second column (class 1). */
const binaryTarget = (y: tf.Tensor): tf.Tensor =>
  y.shape[1] === 1 ? y : tf.slice(y, [0, 1], [-1, 1]);

const sigmoidCorrect = (target: tf.Tensor, score: tf.Tensor, threshold: number): tf.Scalar =>
  tf.sum(tf.cast(tf.equal(tf.greater(score, threshold), tf.greater(target, 0.5)), 'float32'));

type Pointwise = (target: tf.Tensor, pred: tf.Tensor, huberDelta: number) => tf.Scalar;

const meanSquared: Pointwise = (t, p) => tf.losses.meanSquaredError(t, p) as tf.Scalar;

/**
 * How each loss is computed. Cross-entropy needs class outputs and is
 * computed by `makeObjective` itself; the others compare outputs with targets.
 */
const LOSS: Record<LossId, { kind: 'crossEntropy' } | { kind: 'pointwise'; fn: Pointwise }> = {
  categoricalCrossentropy: { kind: 'crossEntropy' },
  binaryCrossentropy: { kind: 'crossEntropy' },
  mse: { kind: 'pointwise', fn: meanSquared },
  mae: { kind: 'pointwise', fn: (t, p) => tf.losses.absoluteDifference(t, p) as tf.Scalar },
  huber: {
    kind: 'pointwise',
    fn: (t, p, delta) => tf.losses.huberLoss(t, p, undefined, delta) as tf.Scalar,
  },
};

function objective(
  metric: Objective['metric'],
  f: (x: tf.Tensor, y: tf.Tensor, training: boolean) => [tf.Scalar, tf.Scalar],
): Objective {
  return Object.assign(f, { metric });
}

export function makeObjective(model: tfl.LayersModel, opts: LossOptions): Objective {
  const head = finalActivation(model);
  const lastIsActivationLayer =
    model.layers.at(-1)?.getClassName() === 'Activation' && model.layers.length >= 2;
  const apply = (x: tf.Tensor, training: boolean) => model.apply(x, { training }) as tf.Tensor;
  const rule = LOSS[opts.loss];
  const crossEntropy = rule.kind === 'crossEntropy';
  // Cross-entropy is offered only for class outputs (lossUnavailableReason);
  // on a model whose outputs are not probabilities it is squared error.
  const pointwise = rule.kind === 'pointwise' ? rule.fn : meanSquared;

  if (head === 'softmax' || head === 'sigmoid') {
    const sigmoid = head === 'sigmoid';
    if (crossEntropy && lastIsActivationLayer) {
      // Shares the layers (and weights) of `model`; it owns nothing to dispose.
      const logitsModel = tfl.model({
        inputs: model.inputs,
        outputs: model.layers[model.layers.length - 2]!.output as tfl.SymbolicTensor,
      });
      return objective('correct', (x, y, training) => {
        const logits = logitsModel.apply(x, { training }) as tf.Tensor;
        if (!sigmoid)
          return [tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar, sameClass(y, logits)];
        const t = binaryTarget(y);
        return [
          tf.losses.sigmoidCrossEntropy(t, logits) as tf.Scalar,
          sigmoidCorrect(t, logits, 0),
        ];
      });
    }
    return objective('correct', (x, y, training) => {
      const probs = apply(x, training);
      const target = sigmoid ? binaryTarget(y) : y;
      const loss = crossEntropy
        ? sigmoid
          ? (tf.mean(tfl.metrics.binaryCrossentropy(target, probs)) as tf.Scalar)
          : (tf.mean(tfl.metrics.categoricalCrossentropy(target, probs)) as tf.Scalar)
        : pointwise(target, probs, opts.huberDelta);
      return [loss, sigmoid ? sigmoidCorrect(target, probs, 0.5) : sameClass(target, probs)];
    });
  }
  return objective('absError', (x, y, training) => {
    const pred = apply(x, training);
    return [pointwise(y, pred, opts.huberDelta), tf.sum(tf.abs(tf.sub(y, pred)))];
  });
}
