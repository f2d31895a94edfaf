/**
 * Optimizer ids and settings (declared in core/train/optimizers) -> tfjs
 * optimizers, and changing the learning rate of a live one.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CorrectAdadeltaOptimizer } from './adadelta';
import {
  optimizerParams,
  type OptimizerId,
  type OptimizerParams,
  type OptimizerSettings,
} from '../core/train/optimizers';

const FACTORIES: {
  [K in OptimizerId]: (lr: number, s: OptimizerParams[K]) => tf.Optimizer;
} = {
  sgd: (lr) => tf.train.sgd(lr),
  momentum: (lr, s) => tf.train.momentum(lr, s.momentum, s.nesterov),
  adam: (lr, s) => tf.train.adam(lr, s.beta1, s.beta2, s.epsilon),
  adamax: (lr, s) => tf.train.adamax(lr, s.beta1, s.beta2, s.epsilon, s.decay),
  rmsprop: (lr, s) => tf.train.rmsprop(lr, s.decay, s.momentum, s.epsilon, s.centered),
  adagrad: (lr, s) => tf.train.adagrad(lr, s.initialAccumulatorValue),
  // tfjs's own Adadelta degenerates to SGD; see adadelta.ts.
  adadelta: (lr, s) => new CorrectAdadeltaOptimizer(lr, s.rho, s.epsilon),
};

/**
 * A fresh tfjs optimizer. Settings missing from `settings` (or of the wrong
 * type) take the defaults declared in core/train/optimizers.
 */
export function makeOptimizer<K extends OptimizerId>(
  id: K,
  learningRate: number,
  settings: OptimizerSettings = {},
): tf.Optimizer {
  return FACTORIES[id](learningRate, optimizerParams(id, settings));
}

/**
 * Set the learning rate used from the next step on. Every tfjs optimizer
 * reads its `learningRate` field on each step; SGD (and momentum, its
 * subclass) cache it in a tensor, which `setLearningRate` refreshes.
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
