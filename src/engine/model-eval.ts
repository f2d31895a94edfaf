/**
 * Using a model as it is, whatever made it: predicting raw inputs of its own
 * shape, and evaluating it on a dataset whose shape fits (loss and accuracy
 * for a classifier, mean squared and absolute error for regression).
 * Works in fixed-size chunks so a large split never becomes one tensor.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { DataPart, Dataset } from '../core/data/dataset';
import type { Evaluation, SplitEvaluation } from '../worker/protocol';

const CHUNK = 1024;

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
    : t('engine:shapes.inputs', {
        want: want.map((d) => d ?? t('engine:shapes.any')).join(', '),
        got: got.join(', '),
      });
}

/** "This model has 2 inputs and 1 output." for a model that is not single-in, single-out; else null. */
function ioProblem(model: tfl.LayersModel): string | null {
  const ins = model.inputs.length;
  const outs = model.outputs.length;
  if (ins === 1 && outs === 1) return null;
  const names = (ls: { name: string }[]) => ls.map((l) => `"${l.name}"`).join(', ');
  return t('engine:shapes.io', {
    inputs: t('engine:shapes.inputCount', { count: ins }),
    inNames: names(model.inputLayers),
    outputs: t('engine:shapes.outputCount', { count: outs }),
    outNames: names(model.outputLayers),
  });
}

/** Why `ds` cannot be fed to `model`, or null when its shapes fit. */
export function fitProblem(
  model: tfl.LayersModel,
  ds: Pick<Dataset, 'inputShape' | 'task'>,
): string | null {
  const io = ioProblem(model);
  if (io) return t('engine:shapes.evaluateOnly', { io });
  const want = modelInputShape(model);
  const fits =
    want.length === ds.inputShape.length &&
    want.every((d, i) => d === null || d === ds.inputShape[i]);
  if (!fits) {
    return t('engine:shapes.dataInputs', {
      want: shapeText(want),
      got: shapeText(ds.inputShape),
    });
  }
  const out = model.outputs[0]?.shape ?? [];
  const units =
    ds.task.kind === 'classification' ? ds.task.classNames.length : ds.task.targetNames.length;
  if (out.length !== 2 || out[1] !== units) {
    const what =
      ds.task.kind === 'classification'
        ? t('engine:shapes.classes', { count: units })
        : t('engine:shapes.targets', { count: units });
    return t('engine:shapes.outputs', { shape: shapeText(out.slice(1)), what });
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
  const io = ioProblem(model);
  if (io) throw new Error(t('engine:shapes.predictOnly', { io }));
  const inShape = modelInputShape(model);
  if (inShape.some((d) => d === null)) {
    throw new Error(t('engine:shapes.freeDims', { shape: shapeText(inShape) }));
  }
  const per = (inShape as number[]).reduce((a, b) => a * b, 1);
  if (values.length === 0 || values.length % per !== 0) {
    throw new Error(
      t('engine:shapes.perSample', { per, shape: shapeText(inShape), got: values.length }),
    );
  }
  const out = tf.tidy(
    () =>
      model.predict(tf.tensor(values, [values.length / per, ...(inShape as number[])]), {
        batchSize: CHUNK,
      }) as tf.Tensor,
  );
  const data = (await out.data()) as Float32Array;
  const shape = out.shape;
  out.dispose();
  return { values: data, shape };
}

/** What one pass over a split gives: sums over its samples, and the outputs if asked. */
export interface PartPass {
  /** Sum of per-sample losses (cross-entropy, or squared error averaged over targets). */
  lossSum: number;
  /** Sum of per-sample metrics (1 per correct prediction, or absolute error averaged over targets). */
  metricSum: number;
  /** Whether every output row looked like probabilities (rows ≥ 0 summing to 1). */
  probabilities: boolean;
  /**
   * With `keepOutputs`: [n, units] float32, row-major; class probabilities
   * (softmax applied when read as logits) or regression values. Else null.
   */
  outputs: Float32Array | null;
}

/**
 * One pass over a split in chunks of 1,024 samples (no tensor outlives its chunk).
 * @param asLogits read a classifier's outputs as logits (softmax before the loss)
 */
export async function evaluatePart(
  model: tfl.LayersModel,
  part: DataPart,
  ds: Pick<Dataset, 'inputShape' | 'task'>,
  asLogits: boolean,
  keepOutputs = false,
): Promise<PartPass> {
  const per = ds.inputShape.reduce((a, b) => a * b, 1);
  const classes = ds.task.kind === 'classification' ? ds.task.classNames.length : 0;
  const targets = ds.task.kind === 'regression' ? ds.task.targetNames.length : 1;
  const units = classes || targets;
  const outputs = keepOutputs ? new Float32Array(part.n * units) : null;
  const pass: PartPass = { lossSum: 0, metricSum: 0, probabilities: true, outputs };
  for (let start = 0; start < part.n; start += CHUNK) {
    const n = Math.min(CHUNK, part.n - start);
    const [sums, kept] = tf.tidy((): tf.Tensor[] => {
      const x = tf.tensor(part.x.subarray(start * per, (start + n) * per), [n, ...ds.inputShape]);
      const out = model.predict(x, { batchSize: n }) as tf.Tensor2D;
      const y = part.y.subarray(start * targets, (start + n) * targets);
      if (classes === 0) {
        const diff = tf.sub(out, tf.tensor2d(y, [n, targets], 'float32'));
        const s = tf.stack([
          tf.sum(tf.mean(tf.square(diff), -1)),
          tf.sum(tf.mean(tf.abs(diff), -1)),
          tf.scalar(1),
        ]);
        return keepOutputs ? [s, out] : [s];
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
      const s = tf.stack([
        tf.neg(tf.sum(picked)),
        tf.sum(tf.cast(correct, 'float32')),
        tf.cast(isProb, 'float32'),
      ]);
      return keepOutputs ? [s, probs] : [s];
    });
    const [l, m, p] = await sums!.data();
    sums!.dispose();
    if (kept) {
      outputs?.set((await kept.data()) as Float32Array, start * units);
      kept.dispose();
    }
    pass.lossSum += l as number;
    pass.metricSum += m as number;
    if (p === 0) pass.probabilities = false;
  }
  return pass;
}

/**
 * Whether a classifier's outputs are logits rather than probabilities (no
 * softmax at the end), judged on the first chunk of the first non-empty
 * split. Always false for regression.
 */
export async function readsAsLogits(model: tfl.LayersModel, ds: Dataset): Promise<boolean> {
  if (ds.task.kind !== 'classification') return false;
  const part = [ds.train, ds.validation, ds.test].find((p) => p.n > 0);
  if (!part) return false;
  const probe = await evaluatePart(model, { ...part, n: Math.min(part.n, CHUNK) }, ds, false);
  return !probe.probabilities;
}

/** Says how a classifier's loss was computed when its outputs were read as logits. */
export const logitsNote = (): string => t('engine:shapes.logits');

/** Evaluate `model` on each split of `ds` (whose shape must fit: see fitProblem). */
export async function evaluateModel(model: tfl.LayersModel, ds: Dataset): Promise<Evaluation> {
  const problem = fitProblem(model, ds);
  if (problem) throw new Error(problem);
  const asLogits = await readsAsLogits(model, ds);
  const splits: SplitEvaluation[] = [];
  for (const split of ['train', 'validation', 'test'] as const) {
    const part = ds[split];
    if (part.n === 0) {
      splits.push({ split, n: 0, loss: null, metric: null });
      continue;
    }
    const pass = await evaluatePart(model, part, ds, asLogits);
    splits.push({ split, n: part.n, loss: pass.lossSum / part.n, metric: pass.metricSum / part.n });
  }
  return {
    metricName: ds.task.kind === 'classification' ? 'accuracy' : 'mae',
    splits,
    note: asLogits ? logitsNote() : null,
  };
}
