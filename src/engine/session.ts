/**
 * A session: the live model, its optimizer and how far it has been trained.
 * The engine holds at most one; this file only makes, updates and moves it
 * between backends.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { DatasetSpec } from '../core/data/dataset-spec';
import type { NetworkSpec } from '../core/model/network-spec';
import { stableStringify } from '../core/stable-json';
import type { OptimizerSettings } from '../core/train/optimizers';
import type { TrainingConfig } from '../core/train/training-config';
import { modelToArtifacts, optimizerToState, prepareModel } from './model-io';
import { makeOptimizer } from './optimizers';
import type { BackendName } from '../worker/protocol';

export interface Session {
  model: tfl.LayersModel;
  optimizer: tf.Optimizer;
  optimizerId: TrainingConfig['optimizer'];
  /** Settings the optimizer was made with, when the engine made it. */
  optimizerSettingsKey?: string;
  /** Identity of what the weights were trained for: network + dataset, or null for foreign models. */
  key: string | null;
  epochsTrained: number;
  /** Optimisation steps and training time so far (absent for freshly loaded models: taken as 0 / the history's last time). */
  stepsTrained?: number;
  trainedMs?: number;
}

/** What a model's weights were trained for: its network and data. */
export const sessionKey = (network: NetworkSpec, dataset: DatasetSpec): string =>
  stableStringify({ network, dataset });

/** A fresh session around a newly built model. */
export function newSession(model: tfl.LayersModel, config: TrainingConfig, key: string): Session {
  return {
    model,
    optimizer: makeOptimizer(config.optimizer, config.learningRate, config.optimizerSettings),
    optimizerId: config.optimizer,
    optimizerSettingsKey: stableStringify(config.optimizerSettings),
    key,
    epochsTrained: 0,
    stepsTrained: 0,
    trainedMs: 0,
  };
}

/**
 * Continuing with a different optimizer (or other settings) keeps the
 * weights and starts the new optimizer with fresh state.
 */
export function refreshOptimizer(session: Session, config: TrainingConfig): void {
  const settings = stableStringify(config.optimizerSettings);
  const same =
    session.optimizerId === config.optimizer &&
    (session.optimizerSettingsKey === undefined || session.optimizerSettingsKey === settings);
  if (same) return;
  session.optimizer.dispose();
  session.optimizer = makeOptimizer(
    config.optimizer,
    config.learningRate,
    config.optimizerSettings,
  );
  session.optimizerId = config.optimizer;
  session.optimizerSettingsKey = settings;
}

/**
 * Move a session onto backend `target`, keeping its weights and optimizer
 * state: both are read out to plain arrays, the target is activated, and a
 * model and optimizer are rebuilt there and restored. On failure the
 * original backend is active again and `session` is untouched; on success
 * the old model and optimizer are disposed and the moved session returned.
 * @param activate makes a backend active (throws with the reason when it cannot start)
 */
export async function moveSession(
  session: Session,
  target: BackendName,
  activate: (name: BackendName) => Promise<void>,
  fallbackSettings: OptimizerSettings,
): Promise<Session> {
  const from = tf.getBackend() as BackendName;
  const artifacts = await modelToArtifacts(session.model);
  const state = await optimizerToState(session.optimizer, session.optimizerId);
  const settings = session.optimizerSettingsKey
    ? (JSON.parse(session.optimizerSettingsKey) as OptimizerSettings)
    : fallbackSettings;
  const learningRate = (session.optimizer as unknown as { learningRate: number }).learningRate;
  await activate(target);
  let moved: Awaited<ReturnType<typeof prepareModel>>;
  try {
    moved = await prepareModel(
      artifacts,
      { optimizer: session.optimizerId, learningRate, optimizerSettings: settings },
      state,
    );
    if (moved.optimizerProblem) {
      moved.optimizer.dispose();
      moved.model.dispose();
      throw new Error(t('engine:errors.optimizerNotMoved', { problem: moved.optimizerProblem }));
    }
  } catch (e) {
    await activate(from);
    throw e;
  }
  // model.dispose() does not dispose an optimizer object passed in: dispose it too.
  session.optimizer.dispose();
  session.model.dispose();
  return { ...session, model: moved.model, optimizer: moved.optimizer };
}
