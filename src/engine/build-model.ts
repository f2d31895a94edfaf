/**
 * Network spec -> tf.LayersModel. The spec has already passed
 * `networkProblems`; this only translates it. Every layer gets an explicit,
 * unique name so converted Keras models match weights by name.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import type { ActivationId } from '../core/model/activations';
import { summarize, type NetworkIO, type NetworkSpec } from '../core/model/network-spec';

const TFJS_ACTIVATION: Record<
  ActivationId | 'softmax',
  'relu' | 'tanh' | 'sigmoid' | 'linear' | 'softmax'
> = {
  relu: 'relu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  linear: 'linear',
  softmax: 'softmax',
};

/**
 * Build the model for `spec` with inputs [batch, io.numFeatures] and
 * softmax outputs [batch, io.numClasses] (a linear Dense layer of logits,
 * then a softmax layer). Weight initialisation is seeded.
 */
export function buildModel(spec: NetworkSpec, io: NetworkIO, seed: number): tfl.Sequential {
  const summary = summarize(spec, io);
  const model = tfl.sequential({ name: 'playground_mlp' });
  summary.layers.forEach((l, i) => {
    if (l.id === 'softmax') {
      model.add(tfl.layers.activation({ name: l.name, activation: 'softmax' }));
      return;
    }
    model.add(
      tfl.layers.dense({
        name: l.name,
        units: l.units,
        activation: TFJS_ACTIVATION[l.activation],
        kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + i * 7919 }),
        biasInitializer: 'zeros',
        ...(i === 0 && { inputShape: [io.numFeatures] }),
      }),
    );
  });
  return model;
}
