/**
 * Timing one backend for Auto: real training batches of the current model
 * (its own copy, on one batch of the data) on the active backend, after a
 * warm-up batch that pays for WebGL's shader compilation. Leaves no tensor
 * behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset, DataPart } from '../core/data/dataset';
import { inputSize } from '../core/data/dataset';
import { datasetIO, type NetworkSpec } from '../core/model/network-spec';
import type { TrainingConfig } from '../core/train/training-config';
import { buildModel } from './build-model';
import { toTensors } from './data-tensors';
import { makeObjective } from './objective';
import { makeOptimizer } from './optimizers';
import { withPenalties } from './train-step';

/** What is timed: the model as the run would train it. */
export interface TrialModel {
  network: NetworkSpec;
  dataset: Dataset;
  config: TrainingConfig;
}

/** The first `n` rows of a split (labels: one per row, or one row of targets per row). */
function head(part: DataPart, n: number, rowSize: number): DataPart {
  const labelsPerRow = part.n > 0 ? part.y.length / part.n : 1;
  return { x: part.x.subarray(0, n * rowSize), y: part.y.subarray(0, n * labelsPerRow), n };
}

/**
 * How long a backend's timing lasts at least, in ms. A small network trains
 * a batch in about a millisecond, where three batches say more about the
 * timer and the garbage collector than about the backend; a slow one is
 * timed on `batches` alone.
 */
export const TRIAL_MS = 60;
/**
 * How long the untimed warm-up before it lasts at least, in ms: its first
 * batch pays for WebGL's shader compilation, and the batches after it let
 * the JavaScript and WebAssembly engines compile the hot code with their
 * optimising tier, which a backend used for the first time since the page
 * loaded has not done yet.
 */
export const WARM_MS = 20;
/**
 * A backend whose warm-up batch took this long (ms) or more is timed on one
 * batch: beside it the timer's and the collector's noise is small, and a
 * conv net's batches on the CPU (half a second each) would otherwise hold
 * its run's first curve back by a second or more.
 */
export const TIMED_ONCE_MS = 150;
/** The most batches one warm-up or timing takes, however fast they are. */
export const MAX_TIMED_BATCHES = 200;

/**
 * Train on the active backend: a warm-up of one batch and more until
 * `warmMs` has passed, then `batches` timed batches (one, when a warm-up
 * batch took TIMED_ONCE_MS or more) and more until the timing has lasted `trialMs`.
 * @returns mean milliseconds per timed batch and the model's parameter count
 */
export async function timeBackend(
  o: TrialModel,
  batches: number,
  { trialMs, warmMs }: { trialMs: number; warmMs: number },
  now: () => number,
): Promise<{ ms: number; params: number }> {
  const { dataset: ds, config: c } = o;
  const bs = Math.min(c.batchSize, ds.train.n);
  const rowSize = inputSize(ds);
  const empty = head(ds.train, 0, rowSize);
  const data = toTensors({
    ...ds,
    train: head(ds.train, bs, rowSize),
    validation: empty,
    test: empty,
  });
  const model = buildModel(o.network, datasetIO(ds), c.seed);
  const optimizer = makeOptimizer(c.optimizer, c.learningRate, c.optimizerSettings);
  try {
    const objective = makeObjective(model, { loss: c.loss, huberDelta: c.huberDelta });
    const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
    let tape: { saved?: tf.Tensor[] }[] = [];
    const lossOf = (): tf.Scalar => {
      const [l] = objective(data.train.x, data.train.y, true);
      tape = tf.engine().state.activeTape;
      return withPenalties(model, l);
    };
    const step = () => {
      try {
        return tf.tidy(() => optimizer.minimize(lossOf, true, vars) as tf.Scalar);
      } catch (e) {
        // When a gradient kernel is missing, tfjs 4.22 throws without
        // disposing the tensors its tape saved for the backward pass.
        for (const node of tape) tf.dispose(node.saved ?? []);
        throw e;
      }
    };
    /** Mean ms per batch over at least `min` batches and `minMs` ms (up to MAX_TIMED_BATCHES). */
    const meanBatchMs = async (min: number, minMs: number): Promise<number> => {
      const start = now();
      let last: tf.Scalar | null = null;
      let done = 0;
      let target = min;
      for (;;) {
        for (; done < target; done++) {
          last?.dispose();
          last = step();
        }
        // Reading the last loss waits for every queued batch (GPU backends run ahead).
        await last?.data();
        const elapsed = now() - start;
        if (elapsed >= minMs || done >= MAX_TIMED_BATCHES) {
          last?.dispose();
          return elapsed / done;
        }
        const perBatch = Math.max(elapsed, 1e-3) / done;
        target = Math.min(MAX_TIMED_BATCHES, done + Math.ceil((minMs - elapsed) / perBatch));
      }
    };
    const warm = await meanBatchMs(1, warmMs);
    // WebGL's warm-up compiles its shaders, so it is timed on `trialMs` alone.
    const min = warm >= TIMED_ONCE_MS ? 1 : batches;
    return { ms: await meanBatchMs(min, trialMs), params: model.countParams() };
  } finally {
    optimizer.dispose();
    model.dispose();
    data.dispose();
  }
}
