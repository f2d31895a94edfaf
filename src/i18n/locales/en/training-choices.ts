/** English names and help of optimizers, losses, schedules and clipping (part of the "training" namespace). */
const momentumHelp =
  'Keeps a running direction of travel: steps build up speed along consistent slopes and damp zig-zags. 0.9 is typical; near 1 can overshoot.';
const beta1 = { label: 'β₁', help: 'Decay of the running mean of gradients (the momentum term).' };
const beta2 = {
  label: 'β₂',
  help: 'Decay of the running mean of squared gradients (the per-weight step scale).',
};
const epsilon = {
  label: 'ε',
  help: 'Added to the denominator to avoid division by zero; larger values damp the adaptivity.',
};

const trainingChoices = {
  optimizers: {
    sgd: {
      label: 'SGD',
      help: 'Gradient descent: each batch moves every weight a step of (learning rate × gradient) downhill. Simple and predictable; sensitive to the learning rate.',
    },
    momentum: {
      label: 'SGD with momentum',
      help: 'SGD that remembers its previous steps, so it speeds up along consistent directions and smooths out noise.',
    },
    adam: {
      label: 'Adam',
      help: 'Adaptive moments: keeps running averages of each gradient and its square, so every weight gets its own step size. Forgiving of the learning rate; the usual first choice.',
    },
    adamax: {
      label: 'Adamax',
      help: 'A variant of Adam that scales steps by the largest recent gradient instead of the average square: steadier with rare, large gradients.',
    },
    rmsprop: {
      label: 'RMSprop',
      help: 'Divides each step by a running root-mean-square of recent gradients, so steep and flat directions move at similar speeds.',
    },
    adagrad: {
      label: 'Adagrad',
      help: 'Scales each weight’s step by all of its past gradients: rarely-updated weights move more. Steps only shrink, so learning can stall in long runs.',
    },
    adadelta: {
      label: 'Adadelta',
      help: 'Adagrad with a memory window instead of the whole history, and step sizes in the units of the weights: a learning rate of 1 is the usual choice.',
    },
  },
  optimizerSettings: {
    momentum: {
      momentum: { label: 'Momentum', help: momentumHelp },
      nesterov: {
        label: 'Nesterov',
        help: 'Look ahead: take the gradient where momentum is about to carry the weights. Often a little faster and steadier.',
      },
    },
    adam: { beta1, beta2, epsilon },
    adamax: {
      beta1,
      beta2,
      epsilon,
      decay: {
        label: 'Decay',
        help: 'Shrinks the learning rate a little every step: lr / (1 + decay · step).',
      },
    },
    rmsprop: {
      decay: {
        label: 'ρ (decay)',
        help: 'How fast the running mean of squared gradients forgets.',
      },
      momentum: { label: 'Momentum', help: momentumHelp },
      epsilon,
      centered: {
        label: 'Centered',
        help: 'Normalise by the gradient variance instead of its raw second moment: steadier, slightly slower.',
      },
    },
    adagrad: {
      initialAccumulatorValue: {
        label: 'Initial accumulator',
        help: 'Starting value of each weight’s sum of squared gradients.',
      },
    },
    adadelta: {
      rho: { label: 'ρ', help: 'Decay of the running averages of squared gradients and updates.' },
      epsilon,
    },
  },
  losses: {
    categoricalCrossentropy: {
      label: 'Categorical cross-entropy',
      help: '−log(probability given to the true class), averaged. The standard loss for softmax classifiers: it punishes confident mistakes hardest.',
    },
    binaryCrossentropy: {
      label: 'Binary cross-entropy',
      help: 'Cross-entropy for one sigmoid output (probability of class 1). The standard loss for two classes with a single output unit.',
    },
    mse: {
      label: 'Mean squared error',
      help: 'Average of (prediction − target)². The standard regression loss; large errors dominate, so outliers pull hard.',
    },
    mae: {
      label: 'Mean absolute error',
      help: 'Average of |prediction − target|. Robust to outliers, but its gradient does not shrink near the answer, so it settles less smoothly.',
    },
    huber: {
      label: 'Huber',
      help: 'Squared error for small errors, absolute error beyond δ: the smoothness of MSE with the outlier-robustness of MAE.',
    },
  },
  lossMisfit: {
    regression: 'Cross-entropy compares class probabilities; this is a regression task.',
    categorical:
      'Categorical cross-entropy needs softmax outputs; with one sigmoid unit use binary cross-entropy.',
    binary:
      'Binary cross-entropy needs one sigmoid output: choose "1 sigmoid unit" for two classes (or use categorical cross-entropy).',
  },
  schedules: {
    constant: { label: 'Constant', help: 'The same learning rate throughout.' },
    step: {
      label: 'Step decay',
      help: 'Multiply the rate by a factor every N epochs: big steps first, fine ones later.',
    },
    exponential: {
      label: 'Exponential decay',
      help: 'Multiply the rate by a decay factor every epoch: a smooth version of step decay.',
    },
    cosine: {
      label: 'Cosine',
      help: 'Glide from the base rate down to the minimum along half a cosine over the run.',
    },
    plateau: {
      label: 'Reduce on plateau',
      help: 'Cut the rate by a factor when the validation loss has not improved for some epochs.',
    },
  },
  scheduleSettings: {
    stepEvery: { label: 'Every (epochs)', help: 'Epochs between cuts.' },
    factor: { label: 'Factor', help: 'The multiplier at each cut, between 0 and 1.' },
    decayRate: {
      label: 'Decay per epoch',
      help: 'The multiplier applied every epoch; 1 keeps the rate constant.',
    },
    patience: {
      label: 'Patience (epochs)',
      help: 'Epochs without improvement in the validation loss before a cut.',
    },
    minLearningRate: { label: 'Minimum rate', help: 'The rate never goes below this.' },
  },
  clipKinds: {
    none: { label: 'None', help: 'Gradients are used as computed.' },
    value: { label: 'By value', help: 'Clamp every gradient component to [−c, c].' },
    norm: {
      label: 'By norm',
      help: 'Rescale each weight tensor’s gradient so its L2 norm is at most c (Keras’s clipnorm): keeps the direction, caps the size.',
    },
  },
} as const;

export default trainingChoices;
