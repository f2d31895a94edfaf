/**
 * Network spec -> tf.LayersModel. The spec has already passed
 * `networkProblems`; this only translates it, kind by kind. Every layer gets
 * the explicit, unique name from `layerNames`, so converted Keras models
 * match weights by name. Weight initialisation is seeded.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import {
  LEAKY_RELU_ALPHA,
  type ActivationId,
  type InitializerId,
  type RegularizerId,
} from '../core/model/activations';
import type { KernelSettings, LayerKind, LayerOf } from '../core/model/layer-spec';
import {
  layerNames,
  outputHead,
  type NetworkIO,
  type NetworkSpec,
} from '../core/model/network-spec';

type TfActivation =
  'relu' | 'elu' | 'selu' | 'swish' | 'gelu' | 'tanh' | 'sigmoid' | 'softmax' | 'linear';
type Initializer = ReturnType<typeof tfl.initializers.zeros>;
type Regularizer = ReturnType<typeof tfl.regularizers.l1>;

const ACTIVATION: Record<Exclude<ActivationId, 'leakyRelu'>, TfActivation> = {
  relu: 'relu',
  elu: 'elu',
  selu: 'selu',
  swish: 'swish',
  gelu: 'gelu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  softmax: 'softmax',
  linear: 'linear',
};

const INITIALIZER: Record<InitializerId, (seed: number) => Initializer> = {
  glorotUniform: (seed) => tfl.initializers.glorotUniform({ seed }),
  glorotNormal: (seed) => tfl.initializers.glorotNormal({ seed }),
  heUniform: (seed) => tfl.initializers.heUniform({ seed }),
  heNormal: (seed) => tfl.initializers.heNormal({ seed }),
  lecunUniform: (seed) => tfl.initializers.leCunUniform({ seed }),
  lecunNormal: (seed) => tfl.initializers.leCunNormal({ seed }),
  randomNormal: (seed) => tfl.initializers.randomNormal({ mean: 0, stddev: 0.05, seed }),
  zeros: () => tfl.initializers.zeros(),
};

const REGULARIZER: Record<RegularizerId, (rate: number) => Regularizer | undefined> = {
  none: () => undefined,
  l1: (rate) => tfl.regularizers.l1({ l1: rate }),
  l2: (rate) => tfl.regularizers.l2({ l2: rate }),
  l1l2: (rate) => tfl.regularizers.l1l2({ l1: rate, l2: rate }),
};

function kernelArgs(k: KernelSettings, seed: number) {
  const reg = REGULARIZER[k.reg](k.regRate);
  return {
    activation: k.activation === 'leakyRelu' ? 'linear' : ACTIVATION[k.activation],
    kernelInitializer: INITIALIZER[k.init](seed),
    biasInitializer: 'zeros' as const,
    useBias: k.useBias,
    ...(reg && { kernelRegularizer: reg }),
  };
}

/** What every builder gets besides its layer: its name, its seed, and the input shape if first. */
interface Place {
  name: string;
  seed: number;
  first: { inputShape?: number[] };
}

/** tfjs has no leaky ReLU activation string: it follows the layer as a layer of its own. */
const leaky = (k: KernelSettings, name: string): tfl.layers.Layer[] =>
  k.activation === 'leakyRelu'
    ? [tfl.layers.leakyReLU({ alpha: LEAKY_RELU_ALPHA, name: `${name}_leaky_relu` })]
    : [];

/** The tfjs layers for one spec layer (two where leaky ReLU follows a kernel), per kind. */
const BUILD = {
  dense: (l, { name, seed, first }) => [
    tfl.layers.dense({ name, units: l.units, ...kernelArgs(l, seed), ...first }),
    ...leaky(l, name),
  ],
  conv2d: (l, { name, seed, first }) => [
    tfl.layers.conv2d({
      name,
      filters: l.filters,
      kernelSize: l.kernelSize,
      strides: l.strides,
      padding: l.padding,
      ...kernelArgs(l, seed),
      ...first,
    }),
    ...leaky(l, name),
  ],
  maxPool2d: (l, { name, first }) => [
    tfl.layers.maxPooling2d({
      name,
      poolSize: l.poolSize,
      strides: l.strides,
      padding: l.padding,
      ...first,
    }),
  ],
  avgPool2d: (l, { name, first }) => [
    tfl.layers.averagePooling2d({
      name,
      poolSize: l.poolSize,
      strides: l.strides,
      padding: l.padding,
      ...first,
    }),
  ],
  flatten: (_l, { name, first }) => [tfl.layers.flatten({ name, ...first })],
  // Unseeded on purpose: a seeded tfjs dropout reuses one mask every step.
  dropout: (l, { name, first }) => [tfl.layers.dropout({ name, rate: l.rate, ...first })],
  batchNorm: (l, { name, first }) => [
    tfl.layers.batchNormalization({ name, momentum: l.momentum, epsilon: 1e-3, ...first }),
  ],
  activation: (l, { name, first }) =>
    l.activation === 'leakyRelu'
      ? [tfl.layers.leakyReLU({ name, alpha: LEAKY_RELU_ALPHA, ...first })]
      : [tfl.layers.activation({ name, activation: ACTIVATION[l.activation], ...first })],
} satisfies { [K in LayerKind]: (l: LayerOf<K>, at: Place) => tfl.layers.Layer[] };

function toLayers<K extends LayerKind>(l: LayerOf<K>, at: Place): tfl.layers.Layer[] {
  // Indexed by the layer's own kind; TypeScript cannot correlate the two through the union.
  return (BUILD[l.kind] as (l: LayerOf<K>, at: Place) => tfl.layers.Layer[])(l, at);
}

/**
 * Build the model for `spec` on inputs [batch, ...io.inputShape]: the stack,
 * then a linear Dense "output" layer and, for classifiers, a separate
 * softmax / sigmoid layer. A regressor on scaled targets ends in a fixed
 * rescaling to original units, so the Dense layer learns targets of mean 0
 * and deviation 1 (reachable from its zero bias in a few steps) while the
 * loss, the predictions and every export are in the data's own units.
 */
export function buildModel(spec: NetworkSpec, io: NetworkIO, seed: number): tfl.Sequential {
  const names = layerNames(spec.layers);
  const model = tfl.sequential({ name: 'playground_model' });
  const first = (i: number) => (i === 0 ? { inputShape: io.inputShape } : {});
  spec.layers.forEach((l, i) => {
    const at = { name: names[i] as string, seed: seed + i * 7919, first: first(i) };
    for (const layer of toLayers(l, at)) model.add(layer);
  });
  const head = outputHead(spec, io.task);
  model.add(
    tfl.layers.dense({
      name: 'output',
      units: head.units,
      activation: 'linear',
      kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 104729 }),
      ...first(spec.layers.length),
    }),
  );
  if (head.activation !== 'linear')
    model.add(tfl.layers.activation({ name: head.activation, activation: head.activation }));
  const t = head.activation === 'linear' ? io.targetScaling : null;
  if (t?.scale.length === 1)
    model.add(
      tfl.layers.rescaling({
        name: 'output_scaling',
        scale: t.scale[0] as number,
        offset: t.offset[0] as number,
      }),
    );
  return model;
}
