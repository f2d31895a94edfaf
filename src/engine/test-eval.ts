/**
 * Predictions of the live model for one split, as plain arrays the page can
 * count metrics from (core/metrics.ts): the predicted class and its
 * probability for a classifier, the predicted values for regression, and
 * the split's mean loss. The pass itself (chunks, logits detection, loss)
 * is model-eval.ts's; this module only shapes what it keeps.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Dataset } from '../core/data/dataset';
import type { SplitName, SplitPredictions } from '../worker/protocol';
import { evaluatePart, fitProblem, logitsNote, readsAsLogits } from './model-eval';

/**
 * Predict every sample of one split of `ds` (whose shape must fit the model:
 * see fitProblem, whose message is thrown otherwise).
 */
export async function predictSplit(
  model: tfl.LayersModel,
  ds: Dataset,
  split: SplitName,
): Promise<SplitPredictions> {
  const problem = fitProblem(model, ds);
  if (problem) throw new Error(problem);
  const part = ds[split];
  const asLogits = await readsAsLogits(model, ds);
  const pass = await evaluatePart(model, part, ds, asLogits, true);
  const outputs = pass.outputs ?? new Float32Array(0);
  const base = {
    split,
    n: part.n,
    loss: part.n > 0 ? pass.lossSum / part.n : null,
    note: asLogits ? logitsNote() : null,
  };
  if (ds.task.kind === 'regression') return { ...base, kind: 'regression', values: outputs };
  const k = ds.task.classNames.length;
  const predicted = new Int32Array(part.n);
  const confidence = new Float32Array(part.n);
  for (let i = 0; i < part.n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++)
      if ((outputs[i * k + c] as number) > (outputs[i * k + best] as number)) best = c;
    predicted[i] = best;
    confidence[i] = outputs[i * k + best] as number;
  }
  return { ...base, kind: 'classification', predicted, confidence };
}
