/**
 * Optimizers, declared once: id, label, default learning rate, help (the
 * glossary entry shown beside the control) and their own settings with
 * tfjs's defaults. The UI, validation, the engine and the code export read
 * this table.
 */
export type OptimizerParam =
  | {
      key: string;
      label: string;
      type: 'float';
      min: number;
      max: number;
      step: number;
      default: number;
      help: string;
      maxExclusive?: boolean;
    }
  | { key: string; label: string; type: 'bool'; default: boolean; help: string };

const momentum = (d: number): OptimizerParam => ({
  key: 'momentum',
  label: 'Momentum',
  type: 'float',
  min: 0,
  max: 1,
  maxExclusive: true,
  step: 0.01,
  default: d,
  help: 'Keeps a running direction of travel: steps build up speed along consistent slopes and damp zig-zags. 0.9 is typical; near 1 can overshoot.',
});
const beta1: OptimizerParam = {
  key: 'beta1',
  label: 'β₁',
  type: 'float',
  min: 0,
  max: 1,
  maxExclusive: true,
  step: 0.001,
  default: 0.9,
  help: 'Decay of the running mean of gradients (the momentum term).',
};
const beta2: OptimizerParam = {
  key: 'beta2',
  label: 'β₂',
  type: 'float',
  min: 0,
  max: 1,
  maxExclusive: true,
  step: 0.0001,
  default: 0.999,
  help: 'Decay of the running mean of squared gradients (the per-weight step scale).',
};
const epsilon: OptimizerParam = {
  key: 'epsilon',
  label: 'ε',
  type: 'float',
  min: 1e-10,
  max: 1,
  step: 1e-7,
  default: 1e-7,
  help: 'Added to the denominator to avoid division by zero; larger values damp the adaptivity.',
};

export const OPTIMIZERS = [
  {
    id: 'sgd',
    label: 'SGD',
    defaultLearningRate: 0.1,
    params: [],
    help: 'Gradient descent: each batch moves every weight a step of (learning rate × gradient) downhill. Simple and predictable; sensitive to the learning rate.',
  },
  {
    id: 'momentum',
    label: 'SGD with momentum',
    defaultLearningRate: 0.05,
    params: [
      momentum(0.9),
      {
        key: 'nesterov',
        label: 'Nesterov',
        type: 'bool',
        default: false,
        help: 'Look ahead: take the gradient where momentum is about to carry the weights. Often a little faster and steadier.',
      },
    ],
    help: 'SGD that remembers its previous steps, so it speeds up along consistent directions and smooths out noise.',
  },
  {
    id: 'adam',
    label: 'Adam',
    defaultLearningRate: 0.01,
    params: [beta1, beta2, epsilon],
    help: 'Adaptive moments: keeps running averages of each gradient and its square, so every weight gets its own step size. Forgiving of the learning rate; the usual first choice.',
  },
  {
    id: 'adamax',
    label: 'Adamax',
    defaultLearningRate: 0.02,
    params: [
      beta1,
      beta2,
      epsilon,
      {
        key: 'decay',
        label: 'Decay',
        type: 'float',
        min: 0,
        max: 1,
        step: 0.0001,
        default: 0,
        help: 'Shrinks the learning rate a little every step: lr / (1 + decay · step).',
      },
    ],
    help: 'A variant of Adam that scales steps by the largest recent gradient instead of the average square: steadier with rare, large gradients.',
  },
  {
    id: 'rmsprop',
    label: 'RMSprop',
    defaultLearningRate: 0.01,
    params: [
      {
        key: 'decay',
        label: 'ρ (decay)',
        type: 'float',
        min: 0,
        max: 1,
        maxExclusive: true,
        step: 0.01,
        default: 0.9,
        help: 'How fast the running mean of squared gradients forgets.',
      },
      momentum(0),
      epsilon,
      {
        key: 'centered',
        label: 'Centered',
        type: 'bool',
        default: false,
        help: 'Normalise by the gradient variance instead of its raw second moment: steadier, slightly slower.',
      },
    ],
    help: 'Divides each step by a running root-mean-square of recent gradients, so steep and flat directions move at similar speeds.',
  },
  {
    id: 'adagrad',
    label: 'Adagrad',
    defaultLearningRate: 0.1,
    params: [
      {
        key: 'initialAccumulatorValue',
        label: 'Initial accumulator',
        type: 'float',
        min: 1e-10,
        max: 10,
        step: 0.01,
        default: 0.1,
        help: 'Starting value of each weight’s sum of squared gradients.',
      },
    ],
    help: 'Scales each weight’s step by all of its past gradients: rarely-updated weights move more. Steps only shrink, so learning can stall in long runs.',
  },
  {
    id: 'adadelta',
    label: 'Adadelta',
    defaultLearningRate: 1,
    params: [
      {
        key: 'rho',
        label: 'ρ',
        type: 'float',
        min: 0,
        max: 1,
        maxExclusive: true,
        step: 0.01,
        default: 0.95,
        help: 'Decay of the running averages of squared gradients and updates.',
      },
      epsilon,
    ],
    help: 'Adagrad with a memory window instead of the whole history, and step sizes in the units of the weights: a learning rate of 1 is the usual choice.',
  },
] as const satisfies readonly {
  id: string;
  label: string;
  defaultLearningRate: number;
  params: readonly OptimizerParam[];
  help: string;
}[];

export type OptimizerId = (typeof OPTIMIZERS)[number]['id'];

export const OPTIMIZER_IDS = OPTIMIZERS.map((o) => o.id) as [OptimizerId, ...OptimizerId[]];

export type OptimizerSettings = Record<string, number | boolean>;

export function optimizerParams(id: OptimizerId): readonly OptimizerParam[] {
  return OPTIMIZERS.find((o) => o.id === id)?.params ?? [];
}

/** tfjs's defaults for an optimizer's settings. */
export function defaultOptimizerSettings(id: OptimizerId): OptimizerSettings {
  return Object.fromEntries(optimizerParams(id).map((p) => [p.key, p.default]));
}

/** Messages for settings that are missing or out of range. Empty when valid. */
export function optimizerSettingProblems(id: OptimizerId, settings: OptimizerSettings): string[] {
  return optimizerParams(id).flatMap((p) => {
    const v = settings[p.key];
    if (p.type === 'bool') return typeof v === 'boolean' ? [] : [`${p.label} must be on or off.`];
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      v >= p.min &&
      (p.maxExclusive ? v < p.max : v <= p.max);
    return ok
      ? []
      : [
          `${p.label} must be a number from ${p.min} to ${p.maxExclusive ? `below ${p.max}` : p.max}.`,
        ];
  });
}
