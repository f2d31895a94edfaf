/**
 * Activation functions, weight initializers and kernel regularizers, each
 * declared once as a table keyed by id: label and help for the editor, and
 * the Keras name where the export needs one. The engine keeps its own
 * translation, a record over the same ids.
 */
import { choicesOf } from '../choices';

interface Entry {
  label: string;
  help: string;
  /** The name Keras (Python) uses for it, where it has one. */
  keras?: string;
}
export const ACTIVATIONS = {
  relu: {
    label: 'ReLU',
    keras: 'relu',
    help: 'max(0, x). The usual default: cheap, and gradients do not shrink for positive inputs. Units can "die" (output 0 for every input) if the learning rate is too high.',
  },
  leakyRelu: {
    label: 'Leaky ReLU',
    keras: 'leaky_relu',
    help: 'Like ReLU, but with a small slope (0.2·x) for negative inputs, so units cannot die.',
  },
  elu: {
    label: 'ELU',
    keras: 'elu',
    help: 'Like ReLU for positive inputs, a smooth curve down to −1 for negative ones; outputs closer to zero mean.',
  },
  selu: {
    label: 'SELU',
    keras: 'selu',
    help: 'Scaled ELU: with LeCun-normal initialisation, keeps activations normalised through deep dense stacks.',
  },
  swish: {
    label: 'Swish',
    keras: 'swish',
    help: 'x·sigmoid(x): smooth and non-monotonic; often a little better than ReLU in deep networks.',
  },
  gelu: {
    label: 'GELU',
    keras: 'gelu',
    help: 'x·Φ(x), the Gaussian-weighted ReLU used in transformers; smooth near zero.',
  },
  tanh: {
    label: 'tanh',
    keras: 'tanh',
    help: 'S-shaped, from −1 to 1 and centred on 0. Smooth boundaries; saturates (tiny gradients) for large inputs.',
  },
  sigmoid: {
    label: 'Sigmoid',
    keras: 'sigmoid',
    help: 'S-shaped, from 0 to 1. Saturates at both ends, so deep stacks of it learn slowly.',
  },
  softmax: {
    label: 'Softmax',
    keras: 'softmax',
    help: 'Turns a vector into probabilities that sum to 1. Belongs at the output of a classifier.',
  },
  linear: {
    label: 'Linear',
    keras: 'linear',
    help: 'No non-linearity. A stack of linear layers is still one linear map: it can only draw straight boundaries.',
  },
} as const satisfies Record<string, Entry>;

export type ActivationId = keyof typeof ACTIVATIONS;

export const ACTIVATION_CHOICES = choicesOf(ACTIVATIONS);

/** Slope of leaky ReLU for negative inputs (Keras's LeakyReLU default is 0.3; 0.2 is the common choice). */
export const LEAKY_RELU_ALPHA = 0.2;

export const INITIALIZERS = {
  glorotUniform: {
    label: 'Glorot uniform',
    keras: 'glorot_uniform',
    help: 'Xavier: scaled to fan-in + fan-out. Keras’s default; good for tanh/sigmoid.',
  },
  glorotNormal: {
    label: 'Glorot normal',
    keras: 'glorot_normal',
    help: 'Xavier, from a truncated normal.',
  },
  heUniform: {
    label: 'He uniform',
    keras: 'he_uniform',
    help: 'Scaled to fan-in for ReLU-family activations.',
  },
  heNormal: {
    label: 'He normal',
    keras: 'he_normal',
    help: 'He, from a truncated normal: the usual choice for deep ReLU nets.',
  },
  lecunUniform: {
    label: 'LeCun uniform',
    keras: 'lecun_uniform',
    help: 'Scaled to fan-in, variance 1/fan-in.',
  },
  lecunNormal: {
    label: 'LeCun normal',
    keras: 'lecun_normal',
    help: 'Pairs with SELU for self-normalising networks.',
  },
  randomNormal: {
    label: 'Random normal',
    keras: 'random_normal',
    help: 'Normal with sd 0.05, ignoring layer size: deep stacks may vanish or explode.',
  },
  zeros: {
    label: 'Zeros',
    keras: 'zeros',
    help: 'All zero: every unit learns the same thing (symmetry is never broken). For demonstration.',
  },
} as const satisfies Record<string, Entry>;

export type InitializerId = keyof typeof INITIALIZERS;

export const INITIALIZER_CHOICES = choicesOf(INITIALIZERS);

const REGULARIZERS = {
  none: { label: 'None', help: 'No penalty on the weights.' },
  l1: {
    label: 'L1',
    help: 'Adds rate·Σ|w| to the loss: pushes weights to exactly zero (sparse).',
  },
  l2: {
    label: 'L2',
    help: 'Adds rate·Σw² to the loss (weight decay): keeps weights small and boundaries smooth.',
  },
  l1l2: { label: 'L1 + L2', help: 'Both penalties, each with the same rate.' },
} as const satisfies Record<string, Entry>;

export type RegularizerId = keyof typeof REGULARIZERS;

export const REGULARIZER_CHOICES = choicesOf(REGULARIZERS);
