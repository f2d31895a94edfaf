/**
 * Starting points for the network editor, per kind of input. One click
 * replaces the stack; everything stays editable after.
 */
import { defaultLayer } from './layer-kinds';
import type { LayerSpec, Shape } from './layer-spec';
import { newLayerId } from './network-spec';

export interface Preset {
  id: string;
  label: string;
  help: string;
  /** Only offered for image input ([h, w, c]). */
  imageOnly: boolean;
  build(inputShape: Shape): LayerSpec[];
}

function layer<K extends LayerSpec['kind']>(
  kind: K,
  settings: Record<string, unknown> = {},
): LayerSpec {
  return { ...defaultLayer(kind, newLayerId()), ...settings } as LayerSpec;
}

/** MLPs on image input need a Flatten first. */
const flatFirst = (inputShape: Shape): LayerSpec[] =>
  inputShape.length > 1 ? [layer('flatten')] : [];

export const PRESETS: Preset[] = [
  {
    id: 'tiny-mlp',
    label: 'Tiny MLP',
    help: 'Two small tanh layers: enough for circles and XOR, and quick to watch.',
    imageOnly: false,
    build: (s) => [
      ...flatFirst(s),
      layer('dense', { units: 8, activation: 'tanh' }),
      layer('dense', { units: 8, activation: 'tanh' }),
    ],
  },
  {
    id: 'deep-mlp',
    label: 'Deep MLP',
    help: 'Four ReLU layers with He initialisation: more capacity, for spirals and digits.',
    imageOnly: false,
    build: (s) => [
      ...flatFirst(s),
      ...Array.from({ length: 4 }, () =>
        layer('dense', { units: s.length > 1 ? 128 : 32, activation: 'relu', init: 'heNormal' }),
      ),
    ],
  },
  {
    id: 'dropout-mlp',
    label: 'Dropout MLP',
    help: 'Wide ReLU layers with dropout between them, to fight overfitting on small data.',
    imageOnly: false,
    build: (s) => [
      ...flatFirst(s),
      layer('dense', { units: s.length > 1 ? 256 : 64, activation: 'relu', init: 'heNormal' }),
      layer('dropout', { rate: 0.3 }),
      layer('dense', { units: s.length > 1 ? 128 : 64, activation: 'relu', init: 'heNormal' }),
      layer('dropout', { rate: 0.3 }),
    ],
  },
  {
    id: 'lenet',
    label: 'LeNet-style CNN',
    help: 'Two convolution + pooling stages, then dense layers: the classic digit recogniser.',
    imageOnly: true,
    build: () => [
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
      layer('dense', { units: 120, activation: 'relu', init: 'heNormal' }),
      layer('dense', { units: 84, activation: 'relu', init: 'heNormal' }),
    ],
  },
];

/** Presets that make sense for this input. */
export function presetsFor(inputShape: Shape): Preset[] {
  return PRESETS.filter((p) => !p.imageOnly || inputShape.length === 3);
}
