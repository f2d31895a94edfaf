/**
 * Model <-> plain artifacts (topology JSON, weight specs, one ArrayBuffer),
 * and optimizer <-> plain state. Loading checks the topology against what
 * tfjs knows, builds the model, matches the manifest against the weights it
 * declares, and only then decodes the bytes; a failure at any step disposes
 * everything it had allocated (tfjs's loadLayersModel leaks the decoded
 * weights when it throws, and a failed build leaks the layers built so far).
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { ModelArtifactsData, WeightSpec } from '../core/io/model-files';
import {
  checkTopology,
  matchWeights,
  modelConfig,
  normalizeKeras3,
} from '../core/io/model-topology';
import type { OptimizerState } from '../core/io/optimizer-state';
import type { OptimizerId } from '../core/train/optimizers';
import type { TrainingConfig } from '../core/train/training-config';
import { makeOptimizer } from './optimizers';

/** Serialise a model's topology and weights (no optimizer state). */
export async function modelToArtifacts(model: tfl.LayersModel): Promise<ModelArtifactsData> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const a = captured as tf.io.ModelArtifacts | null;
  if (!a?.modelTopology || !a.weightSpecs || a.weightData === undefined) {
    throw new Error(t('engine:io.notSerialised'));
  }
  return {
    modelTopology: a.modelTopology as Record<string, unknown>,
    weightSpecs: a.weightSpecs as WeightSpec[],
    weightData: tf.io.CompositeArrayBuffer.join(a.weightData),
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${tfl.version_layers}`,
  };
}

/** Class names tfjs can deserialize (layers, initializers, ...), from its own registry. */
function knownClasses(): ReadonlySet<string> {
  return new Set(Object.keys(tf.serialization.SerializationMap.getMap().classNameMap));
}

/** Translate tfjs's terse build errors into what the user can act on. */
function explainBuildError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const unknown = /Unknown (layer|activation|initializer|regularizer|constraint): ([^\s.]+)/.exec(
    msg,
  );
  if (unknown) {
    return t('engine:io.unknownPart', {
      kind: unknown[1] ?? '',
      name: unknown[2] ?? '',
      version: tfl.version_layers,
    });
  }
  return t('engine:io.buildFailed', { error: msg });
}

/** Run `build`; if it throws, dispose every variable it had registered, then rethrow. */
async function withoutLeaks<T>(build: () => Promise<T>): Promise<T> {
  const before = new Set(Object.keys(tf.engine().state.registeredVariables));
  try {
    return await build();
  } catch (e) {
    for (const [name, v] of Object.entries(tf.engine().state.registeredVariables)) {
      if (!before.has(name)) v.dispose();
    }
    throw e;
  }
}

/**
 * Build a model from checked artifacts. Throws an Error with a readable
 * message; on failure no tensor is left behind.
 */
async function artifactsToModel(a: ModelArtifactsData): Promise<tfl.LayersModel> {
  const topology = normalizeKeras3(a.modelTopology);
  const problem = checkTopology(topology, knownClasses(), tfl.version_layers);
  if (problem) throw new Error(problem);
  let model: tfl.LayersModel;
  try {
    model = await withoutLeaks(() =>
      tfl.models.modelFromJSON({ modelTopology: topology } as never),
    );
  } catch (e) {
    throw new Error(explainBuildError(e));
  }
  let weights: tf.NamedTensorMap = {};
  try {
    const declared = model.layers.flatMap((l) =>
      l.weights.map((w) => ({ name: w.originalName, shape: w.shape as number[], dtype: w.dtype })),
    );
    const rootName = modelConfig(topology)['config'];
    const name =
      rootName && typeof rootName === 'object' && 'name' in rootName ? String(rootName.name) : null;
    const matched = matchWeights(a.weightSpecs, declared, name);
    if (!matched.ok) throw new Error(matched.error);
    weights = tf.io.decodeWeights(a.weightData, matched.value as tf.io.WeightsManifestEntry[]);
    model.loadWeights(weights, true);
    return model;
  } catch (e) {
    model.dispose();
    throw new Error(t('engine:io.weightsMisfit', { error: (e as Error).message }));
  } finally {
    tf.dispose(Object.values(weights));
  }
}

/**
 * Running products that tfjs's Adam keeps beside its moments but leaves out
 * of getWeights(); setWeights() recomputes them as beta^(step+1), which
 * differs from the running product in the last bit. We store and restore
 * them so resumed training is bit-for-bit the same. (Private fields of
 * AdamOptimizer in tfjs 4.22; absent on other optimizers, then skipped.)
 */
const EXTRA_SLOTS = ['accBeta1', 'accBeta2'] as const;

type WithExtras = Partial<Record<(typeof EXTRA_SLOTS)[number], tf.Variable>>;

/**
 * The optimizer's state as plain data: the step count, then e.g. Adam's
 * first and second moments (one per trainable weight, in training order),
 * then Adam's running beta products.
 */
export async function optimizerToState(
  optimizer: tf.Optimizer,
  id: OptimizerId,
): Promise<OptimizerState> {
  const named = await optimizer.getWeights();
  const extras = optimizer as unknown as WithExtras;
  for (const slot of EXTRA_SLOTS) {
    const v = extras[slot];
    if (v) named.push({ name: slot, tensor: v });
  }
  // getWeights returns the live variables plus a fresh scalar for the step
  // count: encode them all, dispose only what was made for us.
  const fresh = named.filter((w) => w.name === 'iter').map((w) => w.tensor);
  try {
    const { data, specs } = await tf.io.encodeWeights(named);
    return { optimizer: id, weightSpecs: specs as WeightSpec[], weightData: data };
  } finally {
    tf.dispose(fresh);
  }
}

/**
 * Put a saved state into a fresh optimizer of the same kind, after checking
 * it fits the model's trainable weights.
 * @returns null when restored, else why it was not (the optimizer is left fresh)
 */
async function restoreOptimizer(
  optimizer: tf.Optimizer,
  id: OptimizerId,
  state: OptimizerState,
  model: tfl.LayersModel,
): Promise<string | null> {
  if (state.optimizer !== id) {
    return t('engine:io.otherOptimizer', { saved: state.optimizer, current: id });
  }
  const isExtra = (name: string) => (EXTRA_SLOTS as readonly string[]).includes(name);
  const [iter, ...slots] = state.weightSpecs.filter((s) => !isExtra(s.name));
  const trainable = model.trainableWeights.map((w) => JSON.stringify(w.shape));
  const perWeight = trainable.length === 0 ? 0 : slots.length / trainable.length;
  const fits =
    iter?.name === 'iter' &&
    Number.isInteger(perWeight) &&
    slots.every((s, i) => JSON.stringify(s.shape) === trainable[i % trainable.length]);
  if (!fits) return t('engine:io.optimizerMisfit');
  const tensors = tf.io.decodeWeights(
    state.weightData,
    state.weightSpecs as tf.io.WeightsManifestEntry[],
  );
  try {
    // setWeights copies the values into variables of its own.
    await optimizer.setWeights(
      [iter, ...slots].map((s) => ({ name: s.name, tensor: tensors[s.name] as tf.Tensor })),
    );
    const extras = optimizer as unknown as WithExtras;
    for (const slot of EXTRA_SLOTS) {
      const saved = tensors[slot];
      if (saved && extras[slot]?.shape.length === saved.shape.length) extras[slot].assign(saved);
    }
    return null;
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

/** A model ready to become the engine's session, and what became of its optimizer state. */
export interface PreparedModel {
  model: tfl.LayersModel;
  optimizer: tf.Optimizer;
  optimizerId: OptimizerId;
  /** Null when the saved state was restored or there was none; else why it was not. */
  optimizerProblem: string | null;
  optimizerRestored: boolean;
}

/**
 * Build a model from checked artifacts and a fresh optimizer for it, with
 * the saved optimizer state restored when there is one that fits. On
 * failure nothing is left allocated.
 */
export async function prepareModel(
  artifacts: ModelArtifactsData,
  training: Pick<TrainingConfig, 'optimizer' | 'learningRate' | 'optimizerSettings'> | null,
  state: OptimizerState | null,
): Promise<PreparedModel> {
  const model = await artifactsToModel(artifacts);
  const optimizerId = training?.optimizer ?? 'adam';
  const fresh = () =>
    makeOptimizer(optimizerId, training?.learningRate ?? 0.01, training?.optimizerSettings);
  let optimizer = fresh();
  let optimizerProblem: string | null = null;
  try {
    if (state) optimizerProblem = await restoreOptimizer(optimizer, optimizerId, state, model);
  } catch (e) {
    // A half-restored optimizer is worse than a fresh one.
    optimizer.dispose();
    optimizer = fresh();
    optimizerProblem = t('engine:io.optimizerUnreadable', { error: (e as Error).message });
  }
  return {
    model,
    optimizer,
    optimizerId,
    optimizerProblem,
    optimizerRestored: state !== null && optimizerProblem === null,
  };
}
