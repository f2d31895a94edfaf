/**
 * The table of layer kinds: id, label, help, settings (with ranges and
 * defaults) and how the output shape and parameter count follow from the
 * input shape. The editor, validation, the engine and the code export all
 * read this table.
 */
import { ACTIVATIONS, INITIALIZERS, REGULARIZERS } from './activations';
import type { LayerKind, LayerOf, LayerSpec, Padding, PoolSettings, Shape } from './layer-spec';

export type ParamDef =
  | {
      key: string;
      label: string;
      type: 'int' | 'float';
      min: number;
      max: number;
      step: number;
      help: string;
      maxExclusive?: boolean;
    }
  | {
      key: string;
      label: string;
      type: 'enum';
      options: readonly { id: string; label: string; help?: string }[];
      help: string;
    }
  | { key: string; label: string; type: 'bool'; help: string };

/** Output shape and parameter counts, or why the layer cannot take its input. */
export type ShapeResult =
  | { ok: true; shape: Shape; trainable: number; nonTrainable: number }
  | { ok: false; error: string };

export interface LayerKindDescriptor<K extends LayerKind = LayerKind> {
  kind: K;
  label: string;
  help: string;
  params: readonly ParamDef[];
  defaults: Omit<LayerOf<K>, 'id' | 'kind'>;
  infer(input: Shape, layer: LayerOf<K>): ShapeResult;
}

const PADDING = [
  { id: 'valid', label: 'valid', help: 'No padding: the output shrinks by kernel − 1.' },
  {
    id: 'same',
    label: 'same',
    help: 'Zero-padding so the output keeps the input size (divided by the stride).',
  },
] as const;

const KERNEL_PARAMS: readonly ParamDef[] = [
  {
    key: 'activation',
    label: 'Activation',
    type: 'enum',
    options: ACTIVATIONS,
    help: 'Applied to the layer’s output.',
  },
  {
    key: 'init',
    label: 'Initializer',
    type: 'enum',
    options: INITIALIZERS,
    help: 'How the weights start.',
  },
  { key: 'useBias', label: 'Bias', type: 'bool', help: 'Add a learned offset to each output.' },
  {
    key: 'reg',
    label: 'Regularizer',
    type: 'enum',
    options: REGULARIZERS,
    help: 'A penalty on the kernel weights, added to the loss.',
  },
  {
    key: 'regRate',
    label: 'Reg. rate',
    type: 'float',
    min: 0,
    max: 1,
    step: 0.0001,
    help: 'Strength of the penalty; 1e-4 to 1e-2 is typical.',
  },
];

const KERNEL_DEFAULTS = {
  activation: 'relu',
  init: 'glorotUniform',
  useBias: true,
  reg: 'none',
  regRate: 0.001,
} as const;

const ok = (shape: Shape, trainable: number, nonTrainable = 0): ShapeResult => ({
  ok: true,
  shape,
  trainable,
  nonTrainable,
});
const fail = (error: string): ShapeResult => ({ ok: false, error });
const fmtShape = (s: Shape): string => `[${s.join(', ')}]`;

/** Output length of a sliding window along one axis (Keras's conv_output_length). */
export function windowOutput(
  size: number,
  window: number,
  stride: number,
  padding: Padding,
): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

function needImage(input: Shape, label: string): string | null {
  if (input.length === 3) return null;
  return input.length === 1
    ? `${label} needs image input [height, width, channels], but gets the flat ${fmtShape(input)}. Put it before any Flatten or Dense layer, and use image data.`
    : `${label} needs input [height, width, channels]; it gets ${fmtShape(input)}.`;
}

function windowed(
  input: Shape,
  label: string,
  window: number,
  stride: number,
  padding: Padding,
  what: string,
): ShapeResult | Shape {
  const bad = needImage(input, label);
  if (bad) return fail(bad);
  const [h, w] = input as [number, number, number];
  if (padding === 'valid' && (window > h || window > w)) {
    return fail(
      `${label}: the ${window}×${window} ${what} is larger than its ${h}×${w} input. Use a smaller ${what}, 'same' padding, or fewer pooling layers before it.`,
    );
  }
  return [windowOutput(h, window, stride, padding), windowOutput(w, window, stride, padding)];
}

const dense: LayerKindDescriptor<'dense'> = {
  kind: 'dense',
  label: 'Dense',
  help: 'Fully connected: every output is a weighted sum of every input, plus a bias, through the activation.',
  params: [
    {
      key: 'units',
      label: 'Units',
      type: 'int',
      min: 1,
      max: 4096,
      step: 1,
      help: 'Number of outputs (neurons).',
    },
    ...KERNEL_PARAMS,
  ],
  defaults: { units: 16, ...KERNEL_DEFAULTS },
  infer(input, l) {
    if (input.length !== 1) {
      return fail(
        `Dense needs a flat input, but gets ${fmtShape(input)}. Add a Flatten layer before it.`,
      );
    }
    const fanIn = input[0] as number;
    return ok([l.units], fanIn * l.units + (l.useBias ? l.units : 0));
  },
};

const conv2d: LayerKindDescriptor<'conv2d'> = {
  kind: 'conv2d',
  label: 'Conv2D',
  help: 'Slides small learned filters over the image; each filter detects one local pattern wherever it appears.',
  params: [
    {
      key: 'filters',
      label: 'Filters',
      type: 'int',
      min: 1,
      max: 512,
      step: 1,
      help: 'Number of filters = output channels.',
    },
    {
      key: 'kernelSize',
      label: 'Kernel',
      type: 'int',
      min: 1,
      max: 15,
      step: 1,
      help: 'Filter size (k×k pixels).',
    },
    {
      key: 'strides',
      label: 'Stride',
      type: 'int',
      min: 1,
      max: 8,
      step: 1,
      help: 'Step between filter positions; 2 halves the size.',
    },
    {
      key: 'padding',
      label: 'Padding',
      type: 'enum',
      options: PADDING,
      help: 'What happens at the borders.',
    },
    ...KERNEL_PARAMS,
  ],
  defaults: { filters: 8, kernelSize: 3, strides: 1, padding: 'same', ...KERNEL_DEFAULTS },
  infer(input, l) {
    const hw = windowed(input, 'Conv2D', l.kernelSize, l.strides, l.padding, 'kernel');
    if (!Array.isArray(hw)) return hw;
    const channels = input[2] as number;
    return ok(
      [...hw, l.filters],
      l.kernelSize * l.kernelSize * channels * l.filters + (l.useBias ? l.filters : 0),
    );
  },
};

const poolParams: readonly ParamDef[] = [
  {
    key: 'poolSize',
    label: 'Pool',
    type: 'int',
    min: 1,
    max: 8,
    step: 1,
    help: 'Window size (p×p).',
  },
  {
    key: 'strides',
    label: 'Stride',
    type: 'int',
    min: 1,
    max: 8,
    step: 1,
    help: 'Step between windows; usually equal to the pool size.',
  },
  {
    key: 'padding',
    label: 'Padding',
    type: 'enum',
    options: PADDING,
    help: 'What happens at the borders.',
  },
];

function pool<K extends 'maxPool2d' | 'avgPool2d'>(
  kind: K,
  label: string,
  help: string,
): LayerKindDescriptor<K> {
  return {
    kind,
    label,
    help,
    params: poolParams,
    defaults: { poolSize: 2, strides: 2, padding: 'valid' } as LayerKindDescriptor<K>['defaults'],
    infer(input, l) {
      const { poolSize, strides, padding } = l as unknown as PoolSettings;
      const hw = windowed(input, label, poolSize, strides, padding, 'pool window');
      return Array.isArray(hw) ? ok([...hw, input[2] as number], 0) : hw;
    },
  };
}

const flatten: LayerKindDescriptor<'flatten'> = {
  kind: 'flatten',
  label: 'Flatten',
  help: 'Unrolls an image-shaped input into one long vector, so Dense layers can follow.',
  params: [],
  defaults: {},
  infer: (input) => ok([input.reduce((a, b) => a * b, 1)], 0),
};

const dropout: LayerKindDescriptor<'dropout'> = {
  kind: 'dropout',
  label: 'Dropout',
  help: 'While training, zeroes a random fraction of its inputs each step, so the network cannot rely on any one unit. Does nothing at prediction time.',
  params: [
    {
      key: 'rate',
      label: 'Rate',
      type: 'float',
      min: 0,
      max: 1,
      maxExclusive: true,
      step: 0.05,
      help: 'Fraction dropped, in [0, 1).',
    },
  ],
  defaults: { rate: 0.25 },
  infer: (input) => ok(input, 0),
};

const batchNorm: LayerKindDescriptor<'batchNorm'> = {
  kind: 'batchNorm',
  label: 'BatchNormalization',
  help: 'Normalises each channel to zero mean and unit variance over the batch, then rescales. Speeds up and steadies training of deep nets.',
  params: [
    {
      key: 'momentum',
      label: 'Momentum',
      type: 'float',
      min: 0,
      max: 1,
      maxExclusive: true,
      step: 0.01,
      help: 'How slowly the running mean and variance (used at prediction time) follow each batch.',
    },
  ],
  defaults: { momentum: 0.99 },
  infer(input) {
    const c = input.at(-1) as number;
    // gamma, beta train; moving mean and variance do not.
    return ok(input, 2 * c, 2 * c);
  },
};

const activation: LayerKindDescriptor<'activation'> = {
  kind: 'activation',
  label: 'Activation',
  help: 'Applies an activation function on its own, element by element.',
  params: [
    {
      key: 'activation',
      label: 'Function',
      type: 'enum',
      options: ACTIVATIONS,
      help: 'The function applied.',
    },
  ],
  defaults: { activation: 'relu' },
  infer: (input) => ok(input, 0),
};

export const LAYER_KINDS = {
  dense,
  conv2d,
  maxPool2d: pool(
    'maxPool2d',
    'MaxPooling2D',
    'Keeps the largest value in each window: halves the image and keeps the strongest responses.',
  ),
  avgPool2d: pool(
    'avgPool2d',
    'AveragePooling2D',
    'Averages each window: a smoother way to shrink the image.',
  ),
  flatten,
  dropout,
  batchNorm,
  activation,
} satisfies { [K in LayerKind]: LayerKindDescriptor<K> };

export const LAYER_KIND_LIST: LayerKindDescriptor[] = Object.values(
  LAYER_KINDS,
) as LayerKindDescriptor[];

export function describeKind<K extends LayerKind>(kind: K): LayerKindDescriptor<K> {
  return LAYER_KINDS[kind] as unknown as LayerKindDescriptor<K>;
}

/** Shape rule for any layer. */
export function inferLayer(input: Shape, layer: LayerSpec): ShapeResult {
  return (describeKind(layer.kind).infer as (i: Shape, l: LayerSpec) => ShapeResult)(input, layer);
}

/** A new layer of `kind` with its default settings. */
export function defaultLayer(kind: LayerKind, id: string): LayerSpec {
  return { id, kind, ...structuredClone(describeKind(kind).defaults) } as LayerSpec;
}
