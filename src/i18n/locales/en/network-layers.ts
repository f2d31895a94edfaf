/**
 * English words of the "network" namespace, part two: the layer kinds and
 * their settings, and the tables of activations, initializers,
 * regularizers and padding modes. Spread into ./network.
 */
const layers = {
  layers: {
    dense: {
      label: 'Dense',
      help: 'Fully connected: every output is a weighted sum of every input, plus a bias, through the activation.',
      settings: {
        units: { label: 'Units', help: 'Number of outputs (neurons).' },
      },
    },
    conv2d: {
      label: 'Conv2D',
      help: 'Slides small learned filters over the image; each filter detects one local pattern wherever it appears.',
      settings: {
        filters: { label: 'Filters', help: 'Number of filters = output channels.' },
        kernelSize: { label: 'Kernel', help: 'Filter size (k×k pixels).' },
        strides: { label: 'Stride', help: 'Step between filter positions; 2 halves the size.' },
        padding: { label: 'Padding', help: 'What happens at the borders.' },
      },
    },
    maxPool2d: {
      label: 'MaxPooling2D',
      help: 'Keeps the largest value in each window: halves the image and keeps the strongest responses.',
    },
    avgPool2d: {
      label: 'AveragePooling2D',
      help: 'Averages each window: a smoother way to shrink the image.',
    },
    flatten: {
      label: 'Flatten',
      help: 'Unrolls an image-shaped input into one long vector, so Dense layers can follow.',
    },
    dropout: {
      label: 'Dropout',
      help: 'While training, zeroes a random fraction of its inputs each step, so the network cannot rely on any one unit. Does nothing at prediction time.',
      settings: {
        rate: { label: 'Rate', help: 'Fraction dropped, in [0, 1).' },
      },
    },
    batchNorm: {
      label: 'BatchNormalization',
      help: 'Normalises each channel to zero mean and unit variance over the batch, then rescales. Speeds up and steadies training of deep nets.',
      settings: {
        momentum: {
          label: 'Momentum',
          help: 'How slowly the running mean and variance (used at prediction time) follow each batch.',
        },
      },
    },
    activation: {
      label: 'Activation',
      help: 'Applies an activation function on its own, element by element.',
      settings: {
        activation: { label: 'Function', help: 'The function applied.' },
      },
    },
  },
  kernel: {
    activation: { label: 'Activation', help: 'Applied to the layer’s output.' },
    init: { label: 'Initializer', help: 'How the weights start.' },
    useBias: { label: 'Bias', help: 'Add a learned offset to each output.' },
    reg: { label: 'Regularizer', help: 'A penalty on the kernel weights, added to the loss.' },
    regRate: { label: 'Reg. rate', help: 'Strength of the penalty; 1e-4 to 1e-2 is typical.' },
  },
  pool: {
    poolSize: { label: 'Pool', help: 'Window size (p×p).' },
    strides: { label: 'Stride', help: 'Step between windows; usually equal to the pool size.' },
    padding: { label: 'Padding', help: 'What happens at the borders.' },
  },
  padding: {
    valid: { label: 'valid', help: 'No padding: the output shrinks by kernel − 1.' },
    same: {
      label: 'same',
      help: 'Zero-padding so the output keeps the input size (divided by the stride).',
    },
  },
  activations: {
    relu: {
      label: 'ReLU',
      help: 'max(0, x). The usual default: cheap, and gradients do not shrink for positive inputs. Units can "die" (output 0 for every input) if the learning rate is too high.',
    },
    leakyRelu: {
      label: 'Leaky ReLU',
      help: 'Like ReLU, but with a small slope (0.2·x) for negative inputs, so units cannot die.',
    },
    elu: {
      label: 'ELU',
      help: 'Like ReLU for positive inputs, a smooth curve down to −1 for negative ones; outputs closer to zero mean.',
    },
    selu: {
      label: 'SELU',
      help: 'Scaled ELU: with LeCun-normal initialisation, keeps activations normalised through deep dense stacks.',
    },
    swish: {
      label: 'Swish',
      help: 'x·sigmoid(x): smooth and non-monotonic; often a little better than ReLU in deep networks.',
    },
    gelu: {
      label: 'GELU',
      help: 'x·Φ(x), the Gaussian-weighted ReLU used in transformers; smooth near zero.',
    },
    tanh: {
      label: 'tanh',
      help: 'S-shaped, from −1 to 1 and centred on 0. Smooth boundaries; saturates (tiny gradients) for large inputs.',
    },
    sigmoid: {
      label: 'Sigmoid',
      help: 'S-shaped, from 0 to 1. Saturates at both ends, so deep stacks of it learn slowly.',
    },
    softmax: {
      label: 'Softmax',
      help: 'Turns a vector into probabilities that sum to 1. Belongs at the output of a classifier.',
    },
    linear: {
      label: 'Linear',
      help: 'No non-linearity. A stack of linear layers is still one linear map: it can only draw straight boundaries.',
    },
  },
  initializers: {
    glorotUniform: {
      label: 'Glorot uniform',
      help: 'Xavier: scaled to fan-in + fan-out. Keras’s default; good for tanh/sigmoid.',
    },
    glorotNormal: { label: 'Glorot normal', help: 'Xavier, from a truncated normal.' },
    heUniform: { label: 'He uniform', help: 'Scaled to fan-in for ReLU-family activations.' },
    heNormal: {
      label: 'He normal',
      help: 'He, from a truncated normal: the usual choice for deep ReLU nets.',
    },
    lecunUniform: { label: 'LeCun uniform', help: 'Scaled to fan-in, variance 1/fan-in.' },
    lecunNormal: { label: 'LeCun normal', help: 'Pairs with SELU for self-normalising networks.' },
    randomNormal: {
      label: 'Random normal',
      help: 'Normal with sd 0.05, ignoring layer size: deep stacks may vanish or explode.',
    },
    zeros: {
      label: 'Zeros',
      help: 'All zero: every unit learns the same thing (symmetry is never broken). For demonstration.',
    },
  },
  regularizers: {
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
  },
} as const;

export default layers;
