/**
 * Optimizer ids (declared in core/train/optimizers) -> tfjs optimizers, and
 * changing the learning rate of a live one.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerId } from '../core/train/optimizers';

const FACTORIES: Record<OptimizerId, (lr: number) => tf.Optimizer> = {
  sgd: (lr) => tf.train.sgd(lr),
  adam: (lr) => tf.train.adam(lr),
};

export function makeOptimizer(id: OptimizerId, learningRate: number): tf.Optimizer {
  return FACTORIES[id](learningRate);
}

/**
 * Set the learning rate used from the next step on. Every tfjs optimizer
 * reads its `learningRate` field on each step; only SGD has a setter, so the
 * others are written directly (the field is TS-protected, not private).
 */
export function setLearningRate(optimizer: tf.Optimizer, lr: number): void {
  // Not `instanceof`: tfjs optimizers' Symbol.hasInstance makes every
  // optimizer an instance of every optimizer class.
  const o = optimizer as unknown as {
    learningRate: number;
    setLearningRate?: (lr: number) => void;
  };
  if (typeof o.setLearningRate === 'function') o.setLearningRate(lr);
  else o.learningRate = lr;
}
