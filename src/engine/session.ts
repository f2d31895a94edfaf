/**
 * A session: the live model, its optimizer and how far it has been trained.
 * The engine holds at most one; this file only makes and updates it.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { DatasetSpec } from '../core/data/dataset-spec';
import type { NetworkSpec } from '../core/model/network-spec';
import { stableStringify } from '../core/stable-json';
import type { TrainingConfig } from '../core/train/training-config';
import { makeOptimizer } from './optimizers';

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
