/**
 * Auto's micro-benchmark: a few real training batches of the current model
 * (same network, seed, optimizer, loss, batch size and data) on each
 * candidate backend, and the fastest of them. The probe builds its own
 * copies of the model and leaves no tensor behind on any backend; it never
 * touches the engine's session.
 */
import { t } from '../i18n';
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
import type { BackendName, ProbeEntry } from '../worker/protocol';
import { formatInt } from '../core/format';

export interface ProbeOptions {
  /** Backends to time, in order. */
  candidates: BackendName[];
  network: NetworkSpec;
  dataset: Dataset;
  config: TrainingConfig;
  /** Make a backend active; throws with the reason when it cannot start. */
  activate: (name: BackendName) => Promise<void>;
  /** A clock in milliseconds; tests inject one to decide who is fastest. */
  now?: () => number;
  /** Batches timed after the warm-up batch (which pays for WebGL's shader compilation). */
  batches?: number;
}

/** What the probe says about its choice, worded in the current language. */
export interface ProbeWords {
  /** "CPU: 6.1× faster than WebGL for this 114-parameter network". */
  reason: string;
  entries: ProbeEntry[];
}

export interface ProbeResult extends ProbeWords {
  /** The fastest backend that could train the model. */
  backend: BackendName;
  /** The same words again, in the language current now (after a language switch). */
  reword: () => ProbeWords;
}

/** One candidate as timed: its mean batch time, or why it could not be timed. */
interface Timing {
  backend: BackendName;
  msPerBatch: number | null;
  /** It could not start: the error it threw. */
  startError?: string;
  /** It started but could not train: the error training threw. */
  trainError?: unknown;
}

/** Kernels whose absence means a whole family of layers cannot train. */
const KERNEL_FAMILIES: [RegExp, 'conv' | 'pool'][] = [
  [/Conv/, 'conv'],
  [/Pool/, 'pool'],
];

/** Why a backend could not train the model, for the probe's list. */
export function skipReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const kernel = /Kernel '(\w+)' not registered/.exec(msg)?.[1];
  if (kernel) {
    const family = KERNEL_FAMILIES.find(([re]) => re.test(kernel))?.[1] ?? 'other';
    return t('engine:probe.skippedKernel', {
      family: t(`engine:probe.families.${family}`),
      kernel,
    });
  }
  return t('engine:probe.skipped', { error: msg });
}

/** The first `n` rows of a split (labels: one per row, or one row of targets per row). */
function head(part: DataPart, n: number, rowSize: number): DataPart {
  const labelsPerRow = part.n > 0 ? part.y.length / part.n : 1;
  return { x: part.x.subarray(0, n * rowSize), y: part.y.subarray(0, n * labelsPerRow), n };
}

/**
 * Train `batches` + 1 batches on the active backend.
 * @returns mean milliseconds per timed batch and the model's parameter count
 */
async function timeActive(
  o: ProbeOptions,
  batches: number,
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
    const warm = step();
    await warm.data();
    warm.dispose();
    const start = now();
    let last: tf.Scalar | null = null;
    for (let i = 0; i < batches; i++) {
      last?.dispose();
      last = step();
    }
    // Reading the last loss waits for every queued batch (GPU backends run ahead).
    await last?.data();
    last?.dispose();
    return { ms: (now() - start) / batches, params: model.countParams() };
  } finally {
    optimizer.dispose();
    model.dispose();
    data.dispose();
  }
}

const fmt = (ratio: number) => (ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1));

/**
 * Time each candidate and pick the fastest. The backend active before is
 * active again afterwards: switching to the winner is the caller's move.
 * Throws when no candidate can train the model.
 */
export async function probeBackends(o: ProbeOptions): Promise<ProbeResult> {
  const original = tf.getBackend() as BackendName | null;
  try {
    return await timeAll(o);
  } finally {
    if (original) await o.activate(original);
  }
}

async function timeAll(o: ProbeOptions): Promise<ProbeResult> {
  const now = o.now ?? (() => performance.now());
  const batches = o.batches ?? 3;
  const timings: Timing[] = [];
  let params = 0;
  for (const backend of o.candidates) {
    try {
      await o.activate(backend);
    } catch (e) {
      timings.push({ backend, msPerBatch: null, startError: (e as Error).message });
      continue;
    }
    try {
      const t = await timeActive(o, batches, now);
      params = t.params;
      timings.push({ backend, msPerBatch: t.ms });
    } catch (e) {
      timings.push({ backend, msPerBatch: null, trainError: e });
    }
  }
  const timed = timings
    .filter((e): e is Timing & { msPerBatch: number } => e.msPerBatch !== null)
    .sort((a, b) => a.msPerBatch - b.msPerBatch);
  const [best, next] = timed;
  if (!best) {
    const list = wordTimings(timings)
      .map((e) =>
        t('engine:probe.entry', {
          backend: t(`engine:backends.${e.backend}`),
          skipped: e.skipped ?? '',
        }),
      )
      .join(t('engine:probe.entrySeparator'));
    throw new Error(t('engine:probe.none', { entries: list }));
  }
  const reword = (): ProbeWords => {
    const count = formatInt(params);
    const label = t(`engine:backends.${best.backend}`);
    const reason = next
      ? t('engine:probe.faster', {
          best: label,
          ratio: fmt(next.msPerBatch / Math.max(best.msPerBatch, 1e-6)),
          next: t(`engine:backends.${next.backend}`),
          params: count,
        })
      : t('engine:probe.only', { best: label, params: count });
    return { reason, entries: wordTimings(timings) };
  };
  return { backend: best.backend, ...reword(), reword };
}

/** The timings as the status bar lists them, the skipped ones with why. */
function wordTimings(timings: readonly Timing[]): ProbeEntry[] {
  return timings.map(({ backend, msPerBatch, startError, trainError }) => ({
    backend,
    msPerBatch,
    skipped:
      startError !== undefined
        ? t('engine:probe.skipped', { error: startError })
        : msPerBatch === null
          ? skipReason(trainError)
          : null,
  }));
}
