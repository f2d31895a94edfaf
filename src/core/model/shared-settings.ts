/**
 * Settings shared by several layer kinds: those of a kernel (Dense, Conv2D),
 * of a pooling window, and the padding choice.
 */
import { ACTIVATION_CHOICES, INITIALIZER_CHOICES, REGULARIZER_CHOICES } from './activations';
import type { KernelSettings, PoolSettings } from './layer-spec';
import type { SettingTable } from '../settings';

export const PADDING = [
  { id: 'valid', label: 'valid', help: 'No padding: the output shrinks by kernel − 1.' },
  {
    id: 'same',
    label: 'same',
    help: 'Zero-padding so the output keeps the input size (divided by the stride).',
  },
] as const;

export const KERNEL_SETTINGS: SettingTable<KernelSettings> = {
  activation: {
    label: 'Activation',
    type: 'choice',
    options: ACTIVATION_CHOICES,
    default: 'relu',
    help: 'Applied to the layer’s output.',
  },
  init: {
    label: 'Initializer',
    type: 'choice',
    options: INITIALIZER_CHOICES,
    default: 'glorotUniform',
    help: 'How the weights start.',
  },
  useBias: {
    label: 'Bias',
    type: 'bool',
    default: true,
    help: 'Add a learned offset to each output.',
  },
  reg: {
    label: 'Regularizer',
    type: 'choice',
    options: REGULARIZER_CHOICES,
    default: 'none',
    help: 'A penalty on the kernel weights, added to the loss.',
  },
  regRate: {
    label: 'Reg. rate',
    type: 'float',
    min: 0,
    max: 1,
    step: 0.0001,
    default: 0.001,
    help: 'Strength of the penalty; 1e-4 to 1e-2 is typical.',
  },
};

export const POOL_SETTINGS: SettingTable<PoolSettings> = {
  poolSize: {
    label: 'Pool',
    type: 'int',
    min: 1,
    max: 8,
    step: 1,
    default: 2,
    help: 'Window size (p×p).',
  },
  strides: {
    label: 'Stride',
    type: 'int',
    min: 1,
    max: 8,
    step: 1,
    default: 2,
    help: 'Step between windows; usually equal to the pool size.',
  },
  padding: {
    label: 'Padding',
    type: 'choice',
    options: PADDING,
    default: 'valid',
    help: 'What happens at the borders.',
  },
};
