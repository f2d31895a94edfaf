/**
 * Python / Keras code for a network spec: one `layers.X(...)` line per
 * layer, matching what the engine builds (names, settings, output head), so
 * a downloaded model's weights load into it by name.
 */
import { ACTIVATIONS, INITIALIZERS, LEAKY_RELU_ALPHA } from './activations';
import type { KernelSettings, LayerSpec } from './layer-spec';
import { layerNames, outputHead, type NetworkIO, type NetworkSpec } from './network-spec';

const py = (v: unknown): string =>
  typeof v === 'boolean' ? (v ? 'True' : 'False') : typeof v === 'string' ? `"${v}"` : String(v);
const kerasActivation = (id: string): string => ACTIVATIONS.find((a) => a.id === id)?.keras ?? id;
const kerasInit = (id: string): string => INITIALIZERS.find((i) => i.id === id)?.keras ?? id;

function regularizer(k: KernelSettings): string | null {
  switch (k.reg) {
    case 'none':
      return null;
    case 'l1':
      return `regularizers.L1(${k.regRate})`;
    case 'l2':
      return `regularizers.L2(${k.regRate})`;
    case 'l1l2':
      return `regularizers.L1L2(l1=${k.regRate}, l2=${k.regRate})`;
  }
}

function kernelArgs(k: KernelSettings): string[] {
  const reg = regularizer(k);
  return [
    `activation=${k.activation === 'leakyRelu' ? 'None' : py(kerasActivation(k.activation))}`,
    `kernel_initializer=${py(kerasInit(k.init))}`,
    `use_bias=${py(k.useBias)}`,
    ...(reg ? [`kernel_regularizer=${reg}`] : []),
  ];
}

function call(cls: string, args: string[], name: string): string {
  return `layers.${cls}(${[...args, `name=${py(name)}`].join(', ')})`;
}

function line(l: LayerSpec, name: string): string[] {
  const leaky = (k: KernelSettings) =>
    k.activation === 'leakyRelu'
      ? [call('LeakyReLU', [`negative_slope=${LEAKY_RELU_ALPHA}`], `${name}_leaky_relu`)]
      : [];
  switch (l.kind) {
    case 'dense':
      return [call('Dense', [String(l.units), ...kernelArgs(l)], name), ...leaky(l)];
    case 'conv2d':
      return [
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
        ...leaky(l),
      ];
    case 'maxPool2d':
    case 'avgPool2d':
      return [
        call(
          l.kind === 'maxPool2d' ? 'MaxPooling2D' : 'AveragePooling2D',
          [`pool_size=${l.poolSize}`, `strides=${l.strides}`, `padding=${py(l.padding)}`],
          name,
        ),
      ];
    case 'flatten':
      return [call('Flatten', [], name)];
    case 'dropout':
      return [call('Dropout', [String(l.rate)], name)];
    case 'batchNorm':
      return [call('BatchNormalization', [`momentum=${l.momentum}`, 'epsilon=0.001'], name)];
    case 'activation':
      return l.activation === 'leakyRelu'
        ? [call('LeakyReLU', [`negative_slope=${LEAKY_RELU_ALPHA}`], name)]
        : [call('Activation', [py(kerasActivation(l.activation))], name)];
  }
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
