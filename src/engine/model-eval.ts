/**
 * Using a model as it is, whatever made it: predicting raw inputs of its own
 * shape, and evaluating it on a dataset whose shape fits (loss and accuracy
 * for a classifier, mean squared and absolute error for regression).
 * Works in fixed-size chunks so a large split never becomes one tensor.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { DataPart, Dataset } from '../core/data/dataset';

const CHUNK = 1024;

export interface SplitEvaluation {
  split: 'train' | 'validation' | 'test';
  n: number;
  /** Cross-entropy (classification) or mean squared error (regression); null for an empty split. */
  loss: number | null;
  /** Accuracy 0..1 (classification) or mean absolute error (regression). */
  metric: number | null;
}

export interface Evaluation {
  metricName: 'accuracy' | 'mae';
  splits: SplitEvaluation[];
  /** Something the user should know about how the numbers were computed, or null. */
  note: string | null;
}

/** A model's input shape without the batch dimension; null for any size. */
export function modelInputShape(model: tfl.LayersModel): (number | null)[] {
  return (model.inputs[0]?.shape ?? []).slice(1);
}

const shapeText = (s: readonly (number | null)[]): string =>
  `[${['batch', ...s.map((d) => d ?? 'any')].join(', ')}]`;

/** Why inputs of shape `got` cannot be fed to a model taking `want`, or null. */
export function shapeProblem(
  want: readonly (number | null)[],
  got: readonly number[],
): string | null {
  const fits = want.length === got.length && want.every((d, i) => d === null || d === got[i]);
  return fits
    ? null
    : `This model takes inputs of shape [${want.map((d) => d ?? 'any').join(', ')}]; these have shape [${got.join(', ')}].`;
}

/** Why `ds` cannot be fed to `model`, or null when its shapes fit. */
export function fitProblem(
  model: tfl.LayersModel,
  ds: Pick<Dataset, 'inputShape' | 'task'>,
): string | null {
  if (model.inputs.length !== 1 || model.outputs.length !== 1) {
    return 'This model has several inputs or outputs; only single-input, single-output models can be evaluated here.';
  }
  const want = modelInputShape(model);
  const fits =
    want.length === ds.inputShape.length &&
    want.every((d, i) => d === null || d === ds.inputShape[i]);
  if (!fits) {
    return `This model takes inputs of shape ${shapeText(want)}; the data has ${shapeText(ds.inputShape)}.`;
  }
  const out = model.outputs[0]?.shape ?? [];
  const units =
    ds.task.kind === 'classification' ? ds.task.classNames.length : ds.task.targetNames.length;
  if (out.length !== 2 || out[1] !== units) {
    const what = ds.task.kind === 'classification' ? `${units} classes` : `${units} targets`;
    return `This model outputs ${shapeText(out.slice(1))}; the data has ${what}.`;
  }
  return null;
}

/**
 * Predict a batch of raw inputs.
 * @param values [n, ...inputShape] float32, row-major; n is inferred
 * @returns the outputs [n, ...outputShape] and that shape
 */
export async function predictValues(
  model: tfl.LayersModel,
  values: Float32Array,
): Promise<{ values: Float32Array; shape: number[] }> {
  const inShape = modelInputShape(model);
  if (inShape.some((d) => d === null)) {
    throw new Error(
      `This model's input shape ${shapeText(inShape)} has free dimensions; only fixed shapes can be typed in.`,
    );
  }
  const per = (inShape as number[]).reduce((a, b) => a * b, 1);
  if (values.length === 0 || values.length % per !== 0) {
    throw new Error(
      `This model takes ${per} values per sample (shape ${shapeText(inShape)}); got ${values.length}.`,
    );
  }
  const out = tf.tidy(
    () =>
      model.predict(
        tf.tensor(values, [values.length / per, ...(inShape as number[])]),
      ) as tf.Tensor,
  );
  const data = (await out.data()) as Float32Array;
  const shape = out.shape;
  out.dispose();
  return { values: data, shape };
}

/** Sums over one split: [lossSum, metricSum, outputsLookLikeProbabilities]. */
async function evaluatePart(
  model: tfl.LayersModel,
  part: DataPart,
  ds: Pick<Dataset, 'inputShape' | 'task'>,
  asLogits: boolean,
): Promise<[number, number, boolean]> {
  const per = ds.inputShape.reduce((a, b) => a * b, 1);
  const classes = ds.task.kind === 'classification' ? ds.task.classNames.length : 0;
  const targets = ds.task.kind === 'regression' ? ds.task.targetNames.length : 1;
  let loss = 0;
  let metric = 0;
  let probabilities = true;
  for (let start = 0; start < part.n; start += CHUNK) {
    const n = Math.min(CHUNK, part.n - start);
    const sums = tf.tidy(() => {
      const x = tf.tensor(part.x.subarray(start * per, (start + n) * per), [n, ...ds.inputShape]);
      const out = model.predict(x) as tf.Tensor2D;
      const y = part.y.subarray(start * targets, (start + n) * targets);
      if (classes === 0) {
        const diff = tf.sub(out, tf.tensor2d(y, [n, targets], 'float32'));
        return tf.stack([tf.sum(tf.mean(tf.square(diff), -1)), tf.sum(tf.mean(tf.abs(diff), -1))]);
      }
      const labels = tf.tensor1d(Int32Array.from(y), 'int32');
      const rowSums = tf.sum(out, -1);
      const isProb = tf.logicalAnd(
        tf.all(tf.less(tf.abs(tf.sub(rowSums, 1)), 1e-3)),
        tf.all(tf.greaterEqual(out, 0)),
      );
      const probs = asLogits ? tf.softmax(out) : out;
      const clipped = tf.clipByValue(probs, 1e-7, 1 - 1e-7);
      const picked = tf.sum(tf.mul(tf.log(clipped), tf.oneHot(labels, classes)), -1);
      const correct = tf.equal(tf.argMax(out, -1), labels);
      return tf.stack([
        tf.neg(tf.sum(picked)),
        tf.sum(tf.cast(correct, 'float32')),
        tf.cast(isProb, 'float32'),
      ]);
    });
    const [l, m, p] = await sums.data();
    sums.dispose();
    loss += l as number;
    metric += m as number;
    if (p === 0) probabilities = false;
  }
  return [loss, metric, probabilities];
}

/** Evaluate `model` on each split of `ds` (whose shape must fit: see fitProblem). */
export async function evaluateModel(model: tfl.LayersModel, ds: Dataset): Promise<Evaluation> {
  const problem = fitProblem(model, ds);
  if (problem) throw new Error(problem);
  const classification = ds.task.kind === 'classification';
  // A classifier without a softmax at the end outputs logits: read them as such.
  const probe =
    ds.train.n > 0
      ? await evaluatePart(model, { ...ds.train, n: Math.min(ds.train.n, CHUNK) }, ds, false)
      : null;
  const asLogits = classification && probe !== null && !probe[2];
  const splits: SplitEvaluation[] = [];
  for (const split of ['train', 'validation', 'test'] as const) {
    const part = ds[split];
    if (part.n === 0) {
      splits.push({ split, n: 0, loss: null, metric: null });
      continue;
    }
    const [loss, metric] = await evaluatePart(model, part, ds, asLogits);
    splits.push({ split, n: part.n, loss: loss / part.n, metric: metric / part.n });
  }
  return {
    metricName: classification ? 'accuracy' : 'mae',
    splits,
    note: asLogits
      ? "The model's outputs are not probabilities, so they were read as logits (softmax applied) for the loss."
      : null,
  };
}
