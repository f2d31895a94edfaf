/**
 * Python / Keras code for a network spec: one `layers.X(...)` line per
 * layer, matching what the engine builds (names, settings, output head), so
 * a downloaded model's weights load into it by name.
 */
import { ACTIVATIONS, INITIALIZERS, LEAKY_RELU_ALPHA, type RegularizerId } from './activations';
import type { KernelSettings, LayerKind, LayerOf } from './layer-spec';
import { layerNames, outputHead, type NetworkIO, type NetworkSpec } from './network-spec';

const py = (v: unknown): string =>
  typeof v === 'boolean' ? (v ? 'True' : 'False') : typeof v === 'string' ? `"${v}"` : String(v);

const REGULARIZER: Record<RegularizerId, (rate: number) => string | null> = {
  none: () => null,
  l1: (rate) => `regularizers.L1(${rate})`,
  l2: (rate) => `regularizers.L2(${rate})`,
  l1l2: (rate) => `regularizers.L1L2(l1=${rate}, l2=${rate})`,
};

function kernelArgs(k: KernelSettings): string[] {
  const reg = REGULARIZER[k.reg](k.regRate);
  return [
    `activation=${k.activation === 'leakyRelu' ? 'None' : py(ACTIVATIONS[k.activation].keras)}`,
    `kernel_initializer=${py(INITIALIZERS[k.init].keras)}`,
    `use_bias=${py(k.useBias)}`,
    ...(reg ? [`kernel_regularizer=${reg}`] : []),
  ];
}

function call(cls: string, args: string[], name: string): string {
  return `layers.${cls}(${[...args, `name=${py(name)}`].join(', ')})`;
}

/** Keras has no leaky ReLU activation string: it follows the layer as a layer of its own. */
const leaky = (k: KernelSettings, name: string): string[] =>
  k.activation === 'leakyRelu'
    ? [call('LeakyReLU', [`negative_slope=${LEAKY_RELU_ALPHA}`], `${name}_leaky_relu`)]
    : [];

const pool =
  (cls: string) =>
  (l: LayerOf<'maxPool2d' | 'avgPool2d'>, name: string): string[] => [
    call(
      cls,
      [`pool_size=${l.poolSize}`, `strides=${l.strides}`, `padding=${py(l.padding)}`],
      name,
    ),
  ];

/** The `layers.X(...)` lines for one spec layer, per kind. */
const KERAS_LAYER = {
  dense: (l, name) => [call('Dense', [String(l.units), ...kernelArgs(l)], name), ...leaky(l, name)],
  conv2d: (l, name) => [
    call(
      'Conv2D',
      [
        String(l.filters),
        `kernel_size=${l.kernelSize}`,
        `strides=${l.strides}`,
        `padding=${py(l.padding)}`,
        ...kernelArgs(l),
      ],
      name,
    ),
    ...leaky(l, name),
  ],
  maxPool2d: pool('MaxPooling2D'),
  avgPool2d: pool('AveragePooling2D'),
  flatten: (_l, name) => [call('Flatten', [], name)],
  dropout: (l, name) => [call('Dropout', [String(l.rate)], name)],
  batchNorm: (l, name) => [
    call('BatchNormalization', [`momentum=${l.momentum}`, 'epsilon=0.001'], name),
  ],
  activation: (l, name) =>
    l.activation === 'leakyRelu'
      ? [call('LeakyReLU', [`negative_slope=${LEAKY_RELU_ALPHA}`], name)]
      : [call('Activation', [py(ACTIVATIONS[l.activation].keras)], name)],
} satisfies { [K in LayerKind]: (l: LayerOf<K>, name: string) => string[] };

function line<K extends LayerKind>(l: LayerOf<K>, name: string): string[] {
  // Indexed by the layer's own kind; TypeScript cannot correlate the two through the union.
  return (KERAS_LAYER[l.kind] as (l: LayerOf<K>, name: string) => string[])(l, name);
}

/**
 * The layers of a `keras.Sequential([...])`, input first and output head last.
 * Uses `layers` and `regularizers` from `tensorflow.keras`.
 */
export function kerasLayerLines(spec: NetworkSpec, io: NetworkIO): string[] {
  const names = layerNames(spec.layers);
  const head = outputHead(spec, io.task);
  return [
    `layers.Input(shape=(${io.inputShape.join(', ')}${io.inputShape.length === 1 ? ',' : ''}))`,
    ...spec.layers.flatMap((l, i) => line(l, names[i] as string)),
    call('Dense', [String(head.units), 'activation=None'], 'output'),
    ...(head.activation === 'linear'
      ? []
      : [call('Activation', [py(head.activation)], head.activation)]),
    ...(head.activation === 'linear' && io.targetScaling?.scale.length === 1
      ? [
          call(
            'Rescaling',
            [`scale=${io.targetScaling.scale[0]}`, `offset=${io.targetScaling.offset[0]}`],
            'output_scaling',
          ),
        ]
      : []),
  ];
}
