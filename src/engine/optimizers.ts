/**
 * Optimizer ids and settings (declared in core/train/optimizers) -> tfjs
 * optimizers, and changing the learning rate of a live one.
 */
import * as tf from '@tensorflow/tfjs-core';
import { CorrectAdadeltaOptimizer } from './adadelta';
import type { OptimizerId, OptimizerSettings } from '../core/train/optimizers';

const num = (s: OptimizerSettings, key: string, fallback: number): number => {
  const v = s[key];
  return typeof v === 'number' ? v : fallback;
};
const flag = (s: OptimizerSettings, key: string): boolean => s[key] === true;

const FACTORIES: Record<OptimizerId, (lr: number, s: OptimizerSettings) => tf.Optimizer> = {
  sgd: (lr) => tf.train.sgd(lr),
  momentum: (lr, s) => tf.train.momentum(lr, num(s, 'momentum', 0.9), flag(s, 'nesterov')),
  adam: (lr, s) =>
    tf.train.adam(lr, num(s, 'beta1', 0.9), num(s, 'beta2', 0.999), num(s, 'epsilon', 1e-7)),
  adamax: (lr, s) =>
    tf.train.adamax(
      lr,
      num(s, 'beta1', 0.9),
      num(s, 'beta2', 0.999),
      num(s, 'epsilon', 1e-7),
      num(s, 'decay', 0),
    ),
  rmsprop: (lr, s) =>
    tf.train.rmsprop(
      lr,
      num(s, 'decay', 0.9),
      num(s, 'momentum', 0),
      num(s, 'epsilon', 1e-7),
      flag(s, 'centered'),
    ),
  adagrad: (lr, s) => tf.train.adagrad(lr, num(s, 'initialAccumulatorValue', 0.1)),
  // tfjs's own Adadelta degenerates to SGD; see adadelta.ts.
  adadelta: (lr, s) =>
    new CorrectAdadeltaOptimizer(lr, num(s, 'rho', 0.95), num(s, 'epsilon', 1e-7)),
};

export function makeOptimizer(
  id: OptimizerId,
  learningRate: number,
  settings: OptimizerSettings = {},
): tf.Optimizer {
  return FACTORIES[id](learningRate, settings);
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
