/**
 * The table of layer kinds: id, label, help, settings (with ranges and
 * defaults), a one-line summary and how the output shape and parameter
 * count follow from the input shape. The editor, validation, the engine and
 * the code export all read this table; the engine's builder and the Keras
 * export keep their own translation, a record over the same kinds. Labels
 * and help here are the English ones; the page shows those of layer-text.
 */
import { ACTIVATION_CHOICES, ACTIVATIONS } from './activations';
import type { LayerKind, LayerOf, LayerSpec, PoolSettings, Shape } from './layer-spec';
import { t } from '../../i18n';
import { layerKindLabel } from './layer-text';
import { fail, fmtShape, ok, windowed, type ShapeResult } from './shape-rules';
import { KERNEL_SETTINGS, PADDING, POOL_SETTINGS } from './shared-settings';
import { settingDefaults, settingList, type AnySetting, type SettingTable } from '../settings';

/** The settings of a layer of kind K: everything but its id and kind. */
type LayerSettings<K extends LayerKind> = Omit<LayerOf<K>, 'id' | 'kind'>;

export interface LayerKindDescriptor<K extends LayerKind = LayerKind> {
  kind: K;
  label: string;
  help: string;
  /** One descriptor per setting, in the order the editor shows them. */
  settings: SettingTable<LayerSettings<K>>;
  /** The layer in a one-line architecture summary: "Dense(16, ReLU)". */
  summary(layer: LayerOf<K>): string;
  infer(input: Shape, layer: LayerOf<K>): ShapeResult;
}

const activationLabel = (id: LayerOf<'activation'>['activation']): string => ACTIVATIONS[id].label;

const dense: LayerKindDescriptor<'dense'> = {
  kind: 'dense',
  label: 'Dense',
  help: 'Fully connected: every output is a weighted sum of every input, plus a bias, through the activation.',
  settings: {
    units: {
      label: 'Units',
      type: 'int',
      min: 1,
      max: 4096,
      step: 1,
      default: 16,
      help: 'Number of outputs (neurons).',
    },
    ...KERNEL_SETTINGS,
  },
  summary: (l) => `Dense(${l.units}, ${activationLabel(l.activation)})`,
  infer(input, l) {
    if (input.length !== 1) {
      return fail(
        t('network:shapes.denseFlat', { layer: layerKindLabel('dense'), shape: fmtShape(input) }),
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
  settings: {
    filters: {
      label: 'Filters',
      type: 'int',
      min: 1,
      max: 512,
      step: 1,
      default: 8,
      help: 'Number of filters = output channels.',
    },
    kernelSize: {
      label: 'Kernel',
      type: 'int',
      min: 1,
      max: 15,
      step: 1,
      default: 3,
      help: 'Filter size (k×k pixels).',
    },
    strides: {
      label: 'Stride',
      type: 'int',
      min: 1,
      max: 8,
      step: 1,
      default: 1,
      help: 'Step between filter positions; 2 halves the size.',
    },
    padding: {
      label: 'Padding',
      type: 'choice',
      options: PADDING,
      default: 'same',
      help: 'What happens at the borders.',
    },
    ...KERNEL_SETTINGS,
  },
  summary: (l) =>
    `Conv2D(${l.filters}, ${l.kernelSize}×${l.kernelSize}, ${activationLabel(l.activation)})`,
  infer(input, l) {
    const hw = windowed(
      input,
      layerKindLabel('conv2d'),
      l.kernelSize,
      l.strides,
      l.padding,
      'kernel',
    );
    if (!Array.isArray(hw)) return hw;
    const channels = input[2] as number;
    return ok(
      [...hw, l.filters],
      l.kernelSize * l.kernelSize * channels * l.filters + (l.useBias ? l.filters : 0),
    );
  },
};

function pool<K extends 'maxPool2d' | 'avgPool2d'>(
  kind: K,
  label: string,
  help: string,
): LayerKindDescriptor<K> {
  // Both pooling kinds have exactly PoolSettings; TypeScript cannot see that through K.
  const settings = POOL_SETTINGS as unknown as SettingTable<LayerSettings<K>>;
  const poolOf = (l: LayerOf<K>) => l as unknown as PoolSettings;
  return {
    kind,
    label,
    help,
    settings,
    summary: (l) => `${label}(${poolOf(l).poolSize})`,
    infer(input, l) {
      const { poolSize, strides, padding } = poolOf(l);
      const hw = windowed(input, layerKindLabel(kind), poolSize, strides, padding, 'pool');
      return Array.isArray(hw) ? ok([...hw, input[2] as number], 0) : hw;
    },
  };
}

const flatten: LayerKindDescriptor<'flatten'> = {
  kind: 'flatten',
  label: 'Flatten',
  help: 'Unrolls an image-shaped input into one long vector, so Dense layers can follow.',
  settings: {},
  summary: () => 'Flatten',
  // tfjs refuses a Flatten on a flat input rather than passing it through.
  infer: (input) =>
    input.length < 2
      ? fail(
          t('network:shapes.flattenFlat', {
            layer: layerKindLabel('flatten'),
            shape: fmtShape(input),
          }),
        )
      : ok([input.reduce((a, b) => a * b, 1)], 0),
};

const dropout: LayerKindDescriptor<'dropout'> = {
  kind: 'dropout',
  label: 'Dropout',
  help: 'While training, zeroes a random fraction of its inputs each step, so the network cannot rely on any one unit. Does nothing at prediction time.',
  settings: {
    rate: {
      label: 'Rate',
      type: 'float',
      min: 0,
      max: 1,
      maxExclusive: true,
      step: 0.05,
      default: 0.25,
      help: 'Fraction dropped, in [0, 1).',
    },
  },
  summary: (l) => `Dropout(${l.rate})`,
  infer: (input) => ok(input, 0),
};

const batchNorm: LayerKindDescriptor<'batchNorm'> = {
  kind: 'batchNorm',
  label: 'BatchNormalization',
  help: 'Normalises each channel to zero mean and unit variance over the batch, then rescales. Speeds up and steadies training of deep nets.',
  settings: {
    momentum: {
      label: 'Momentum',
      type: 'float',
      min: 0,
      max: 1,
      maxExclusive: true,
      step: 0.01,
      default: 0.99,
      help: 'How slowly the running mean and variance (used at prediction time) follow each batch.',
    },
  },
  summary: () => 'BatchNormalization',
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
  settings: {
    activation: {
      label: 'Function',
      type: 'choice',
      options: ACTIVATION_CHOICES,
      default: 'relu',
      help: 'The function applied.',
    },
  },
  summary: (l) => activationLabel(l.activation),
  infer: (input) => ok(input, 0),
};

const LAYER_KINDS = {
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

const SETTING_LISTS = Object.fromEntries(
  LAYER_KIND_LIST.map((d) => [d.kind, settingList(d.settings) as AnySetting[]]),
) as Record<LayerKind, AnySetting[]>;

/**
 * A layer's settings as a list of descriptors, in the order the editor
 * shows them. Keys are checked against the layer's type in the table above;
 * the list serves code that handles every kind alike.
 */
export function layerSettings(kind: LayerKind): readonly AnySetting[] {
  return SETTING_LISTS[kind];
}

// The table is indexed by the layer's own kind, which TypeScript cannot
// correlate with the layer's type through the union: hence the casts below.

/** Shape rule for any layer. */
export function inferLayer(input: Shape, layer: LayerSpec): ShapeResult {
  return (describeKind(layer.kind).infer as (i: Shape, l: LayerSpec) => ShapeResult)(input, layer);
}

/** A layer in a one-line architecture summary. */
export function layerSummary(layer: LayerSpec): string {
  return (describeKind(layer.kind).summary as (l: LayerSpec) => string)(layer);
}

/** A new layer of `kind` with its default settings. */
export function defaultLayer(kind: LayerKind, id: string): LayerSpec {
  const settings = describeKind(kind).settings as SettingTable<LayerSettings<LayerKind>>;
  return { id, kind, ...settingDefaults(settings) } as LayerSpec;
}
