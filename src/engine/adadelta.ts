/**
 * Adadelta as published (Zeiler 2012) and as Keras computes it.
 *
 * tfjs 4.22's AdadeltaOptimizer divides by the *previous* gradient
 * accumulator instead of the updated one. Its update accumulator then tracks
 * the gradient accumulator exactly, the ratio between them stays 1, and the
 * optimizer takes plain SGD steps forever (checked: identical weights to SGD
 * after any number of steps). This subclass fixes the one line; its state
 * variables and config are tfjs's own, so saving and loading are unchanged.
 */
import * as tf from '@tensorflow/tfjs-core';

interface Slot {
  originalName: string;
  variable: tf.Variable;
}

interface AdadeltaInternals {
  accumulatedGrads: Slot[];
  accumulatedUpdates: Slot[];
  rho: number;
  epsilon: number;
  learningRate: number;
  incrementIterations(): void;
}

export class CorrectAdadeltaOptimizer extends tf.AdadeltaOptimizer {
  override applyGradients(
    variableGradients: tf.NamedTensorMap | { name: string; tensor: tf.Tensor }[],
  ): void {
    const self = this as unknown as AdadeltaInternals;
    const names = Array.isArray(variableGradients)
      ? variableGradients.map((v) => v.name)
      : Object.keys(variableGradients);
    names.forEach((name, i) => {
      const value = tf.engine().registeredVariables[name];
      if (!value) return;
      self.accumulatedGrads[i] ??= {
        originalName: `${name}/accum_grad`,
        variable: tf.tidy(() => tf.zerosLike(value).variable(false)),
      };
      self.accumulatedUpdates[i] ??= {
        originalName: `${name}/accum_var`,
        variable: tf.tidy(() => tf.zerosLike(value).variable(false)),
      };
      const gradient = Array.isArray(variableGradients)
        ? variableGradients[i]?.tensor
        : variableGradients[name];
      if (!gradient) return;
      const accumGrad = self.accumulatedGrads[i].variable;
      const accumUpdate = self.accumulatedUpdates[i].variable;
      tf.tidy(() => {
        const newAccumGrad = tf.add(
          tf.mul(accumGrad, self.rho),
          tf.mul(tf.square(gradient), 1 - self.rho),
        );
        const update = tf.mul(
          tf.div(
            tf.sqrt(tf.add(accumUpdate, self.epsilon)),
            tf.sqrt(tf.add(newAccumGrad, self.epsilon)),
          ),
          gradient,
        );
        accumGrad.assign(newAccumGrad);
        accumUpdate.assign(
          tf.add(tf.mul(accumUpdate, self.rho), tf.mul(tf.square(update), 1 - self.rho)),
        );
        value.assign(tf.add(tf.mul(update, -self.learningRate), value));
      });
    });
    self.incrementIterations();
  }
}
