/**
 * A session as plain artifacts and back: the snapshot a save or an export
 * writes (with the engine's own facts filled into the metadata), the files
 * an export hands the page, and the session a loaded model becomes. Never
 * keeps a model: the engine owns the session it gets back.
 */
import * as tf from '@tensorflow/tfjs-core';
import { toModelJson, type ModelArtifactsData } from '../core/io/model-files';
import type { ModelMeta } from '../core/io/model-meta';
import { toOptimizerJson, type OptimizerState } from '../core/io/optimizer-state';
import { stableStringify } from '../core/stable-json';
import type { ExportedModel, LoadedModel } from '../worker/protocol';
import { describeModel } from './describe-model';
import { modelInputShape } from './model-eval';
import { modelToArtifacts, optimizerToState, prepareModel } from './model-io';
import { sessionKey, type Session } from './session';
import { nonFiniteWeights } from '../core/io/weight-values';

export interface Snapshot<M extends ModelMeta | null> {
  artifacts: ModelArtifactsData;
  optimizer: OptimizerState | null;
  meta: M;
}

/** The session's artifacts, optimizer state (if asked) and `meta` with the backend, size and state filled in. */
export async function snapshotSession<M extends ModelMeta | null>(
  s: Session,
  meta: M,
  includeOptimizer: boolean,
): Promise<Snapshot<M>> {
  const artifacts = await modelToArtifacts(s.model);
  const optimizer = includeOptimizer ? await optimizerToState(s.optimizer, s.optimizerId) : null;
  const full = meta && {
    ...meta,
    backend: tf.getBackend(),
    totalParams: s.model.countParams(),
    optimizerState: optimizer !== null,
  };
  return { artifacts, optimizer, meta: full as M };
}

/** A snapshot as files: model.json text (with the metadata in it), weights.bin, optimizer files. */
export function snapshotFiles(snap: Snapshot<ModelMeta | null>): ExportedModel {
  const modelJson = toModelJson({
    ...snap.artifacts,
    ...(snap.meta && { userDefinedMetadata: { playground: snap.meta } }),
  });
  return {
    modelJson,
    weights: snap.artifacts.weightData,
    optimizer: snap.optimizer && {
      json: toOptimizerJson(snap.optimizer),
      bin: snap.optimizer.weightData,
    },
  };
}

/** Build a session from checked artifacts, and what to tell the page about it. */
export async function loadSession(
  artifacts: ModelArtifactsData,
  meta: ModelMeta | null,
  optimizerState: OptimizerState | null,
): Promise<{ session: Session; loaded: LoadedModel }> {
  const p = await prepareModel(artifacts, meta?.training ?? null, optimizerState);
  const session: Session = {
    model: p.model,
    optimizer: p.optimizer,
    optimizerId: p.optimizerId,
    ...(meta && { optimizerSettingsKey: stableStringify(meta.training.optimizerSettings) }),
    key: meta ? sessionKey(meta.network, meta.dataset) : null,
    epochsTrained: meta?.history.at(-1)?.epoch ?? 0,
  };
  const loaded: LoadedModel = {
    ...describeModel(p.model, meta),
    inputDims: modelInputShape(p.model),
    generatedBy: artifacts.generatedBy ?? null,
    convertedBy: artifacts.convertedBy ?? null,
    optimizerState: p.optimizerRestored ? 'restored' : p.optimizerProblem ? 'ignored' : 'none',
    optimizerNote: p.optimizerProblem,
  };
  // Such a model loads for inspection; the page warns and will not train it further.
  const nonFinite = nonFiniteWeights(artifacts.weightSpecs, artifacts.weightData);
  if (nonFinite.length > 0) loaded.nonFinite = nonFinite;
  return { session, loaded };
}
