/**
 * Starting points for the network editor, per kind of input. Each preset
 * carries the hyperparameters it was tuned with (a learning rate for every
 * optimizer, a batch size, a number of epochs), so one click gives a network
 * that trains. Everything stays editable after.
 */
import { t } from '../../i18n';
import type { OptimizerId } from '../train/optimizers';
import { defaultLayer } from './layer-kinds';
import type { LayerSpec, Shape } from './layer-spec';
import { newLayerId } from './network-spec';

/** The hyperparameters a preset was tuned with. */
interface PresetTraining {
  /** A learning rate that trains this preset well, for each optimizer. */
  learningRate: Record<OptimizerId, number>;
  batchSize: number;
  epochs: number;
}

export type PresetId =
  | 'relu-mlp'
  | 'image-mlp'
  | 'tiny-mlp'
  | 'deep-mlp'
  | 'dropout-mlp'
  | 'table-mlp'
  | 'small-cnn'
  | 'lenet';

export interface Preset {
  id: PresetId;
  label: string;
  help: string;
  /** The input it is offered for: flat rows, images ([h, w, c]), or both. */
  input: 'flat' | 'image' | 'any';
  training: PresetTraining;
  /** The stack for this input; `ids` names the layers (fresh ids when omitted). */
  build(inputShape: Shape, ids?: () => string): LayerSpec[];
}

/**
 * Rates for dense networks on standardised inputs. Measured on the built-in
 * 2-D sets and tables: each reaches its accuracy target within the preset's
 * epochs (core/model/presets.test.ts trains them).
 */
const MLP_RATES: Record<OptimizerId, number> = {
  sgd: 0.1,
  momentum: 0.03,
  adam: 0.01,
  adamax: 0.02,
  rmsprop: 0.005,
  adagrad: 0.1,
  adadelta: 1,
};

/** Convolutions share each weight over the whole image: their gradients are larger. */
const CNN_RATES: Record<OptimizerId, number> = {
  sgd: 0.05,
  momentum: 0.01,
  adam: 0.001,
  adamax: 0.002,
  rmsprop: 0.001,
  adagrad: 0.02,
  adadelta: 1,
};

const scaled = (rates: Record<OptimizerId, number>, factor: number) =>
  Object.fromEntries(
    Object.entries(rates).map(([k, v]) => [
      k,
      k === 'adadelta' ? v : Number((v * factor).toPrecision(3)),
    ]),
  ) as Record<OptimizerId, number>;

type Layer = (kind: LayerSpec['kind'], settings?: Record<string, unknown>) => LayerSpec;

const layerMaker =
  (ids: () => string): Layer =>
  (kind, settings = {}) =>
    ({ ...defaultLayer(kind, ids()), ...settings }) as LayerSpec;

/** MLPs on image input need a Flatten first. */
const flatFirst = (layer: Layer, inputShape: Shape): LayerSpec[] =>
  inputShape.length > 1 ? [layer('flatten')] : [];

const relu = (layer: Layer, units: number): LayerSpec =>
  layer('dense', { units, activation: 'relu', init: 'heNormal' });

const withIds =
  (make: (layer: Layer, inputShape: Shape) => LayerSpec[]) =>
  (inputShape: Shape, ids: () => string = newLayerId): LayerSpec[] =>
    make(layerMaker(ids), inputShape);

export const PRESETS: readonly Preset[] = [
  {
    id: 'relu-mlp',
    label: 'ReLU MLP',
    help: 'Two ReLU layers of 32 units: learns every built-in 2-D set, the spiral included, in seconds.',
    input: 'flat',
    training: { learningRate: MLP_RATES, batchSize: 16, epochs: 100 },
    build: withIds((layer) => [relu(layer, 32), relu(layer, 32)]),
  },
  {
    id: 'image-mlp',
    label: 'Image MLP',
    help: 'Flatten the pixels, then two ReLU layers (128 and 64 units): fast on any backend, about 90% on the digits after three epochs.',
    input: 'image',
    training: { learningRate: scaled(MLP_RATES, 0.3), batchSize: 32, epochs: 10 },
    build: withIds((layer) => [layer('flatten'), relu(layer, 128), relu(layer, 64)]),
  },
  {
    id: 'tiny-mlp',
    label: 'Tiny MLP',
    help: 'Two small tanh layers: enough for circles and XOR, and each unit’s map is easy to read.',
    input: 'any',
    training: { learningRate: scaled(MLP_RATES, 3), batchSize: 16, epochs: 100 },
    build: withIds((layer, s) => [
      ...flatFirst(layer, s),
      layer('dense', { units: 8, activation: 'tanh' }),
      layer('dense', { units: 8, activation: 'tanh' }),
    ]),
  },
  {
    id: 'deep-mlp',
    label: 'Deep MLP',
    help: 'Four ReLU layers with He initialisation: more capacity, for spirals and digits.',
    input: 'any',
    training: { learningRate: scaled(MLP_RATES, 0.5), batchSize: 16, epochs: 100 },
    build: withIds((layer, s) => [
      ...flatFirst(layer, s),
      ...Array.from({ length: 4 }, () => relu(layer, s.length > 1 ? 128 : 32)),
    ]),
  },
  {
    id: 'dropout-mlp',
    label: 'Dropout MLP',
    help: 'Wide ReLU layers with dropout between them, to fight overfitting on small data.',
    input: 'any',
    training: { learningRate: scaled(MLP_RATES, 0.5), batchSize: 32, epochs: 100 },
    build: withIds((layer, s) => [
      ...flatFirst(layer, s),
      relu(layer, s.length > 1 ? 256 : 64),
      layer('dropout', { rate: 0.3 }),
      relu(layer, s.length > 1 ? 128 : 64),
      layer('dropout', { rate: 0.3 }),
    ]),
  },
  {
    id: 'table-mlp',
    label: 'Table MLP',
    help: 'Two ReLU layers of 64 units for rows of measurements: the usual first model for a table.',
    input: 'any',
    training: { learningRate: MLP_RATES, batchSize: 16, epochs: 100 },
    build: withIds((layer, s) => [...flatFirst(layer, s), relu(layer, 64), relu(layer, 64)]),
  },
  {
    id: 'small-cnn',
    label: 'Small CNN',
    help: 'Two 3 × 3 convolution + pooling stages and one dense layer: learns the digits in a few epochs.',
    input: 'image',
    training: { learningRate: scaled(CNN_RATES, 2), batchSize: 32, epochs: 10 },
    build: withIds((layer) => [
      layer('conv2d', { filters: 8, kernelSize: 3, activation: 'relu', init: 'heNormal' }),
      layer('maxPool2d', { poolSize: 2, strides: 2 }),
      layer('conv2d', { filters: 16, kernelSize: 3, activation: 'relu', init: 'heNormal' }),
      layer('maxPool2d', { poolSize: 2, strides: 2 }),
      layer('flatten'),
      relu(layer, 64),
    ]),
  },
  {
    id: 'lenet',
    label: 'LeNet-style CNN',
    help: 'Two 5 × 5 convolution + pooling stages, then dense layers: the classic digit recogniser.',
    input: 'image',
    training: { learningRate: CNN_RATES, batchSize: 32, epochs: 10 },
    build: withIds((layer) => [
      layer('conv2d', {
        filters: 6,
        kernelSize: 5,
        padding: 'same',
        activation: 'relu',
        init: 'heNormal',
      }),
      layer('maxPool2d', { poolSize: 2, strides: 2 }),
      layer('conv2d', {
        filters: 16,
        kernelSize: 5,
        padding: 'valid',
        activation: 'relu',
        init: 'heNormal',
      }),
      layer('maxPool2d', { poolSize: 2, strides: 2 }),
      layer('flatten'),
      relu(layer, 120),
      relu(layer, 84),
    ]),
  },
];

export function presetById(id: PresetId): Preset {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`No preset ${id}.`);
  return p;
}

/** A preset's name in the current language (the table's `label` is the English). */
export const presetLabel = (id: PresetId): string => t(`network:presets.${id}.label`);

/** What a preset is for, in the current language. */
export const presetHelp = (id: PresetId): string => t(`network:presets.${id}.help`);

/** Presets that make sense for this input. */
export function presetsFor(inputShape: Shape): Preset[] {
  const image = inputShape.length === 3;
  return PRESETS.filter((p) => p.input === 'any' || (p.input === 'image') === image);
}
