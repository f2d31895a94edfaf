/**
 * Optimizers, declared once: id, label, default learning rate, help (the
 * glossary entry shown beside the control) and their own settings with
 * tfjs's defaults. The UI, validation, the engine and the code export read
 * this table; the engine and the Keras export keep their own translation,
 * a record over the same ids, which receives the settings typed as below.
 */
import { t } from '../../i18n';
import { choicesOf, idsOf } from '../choices';
import {
  settingDefaults,
  settingList,
  settingProblem,
  type AnySetting,
  type NumberSetting,
  type SettingTable,
} from '../settings';

/** Each optimizer's own settings, by optimizer id. */
export interface OptimizerParams {
  sgd: Record<never, never>;
  momentum: { momentum: number; nesterov: boolean };
  adam: { beta1: number; beta2: number; epsilon: number };
  adamax: { beta1: number; beta2: number; epsilon: number; decay: number };
  rmsprop: { decay: number; momentum: number; epsilon: number; centered: boolean };
  adagrad: { initialAccumulatorValue: number };
  adadelta: { rho: number; epsilon: number };
}

export type OptimizerId = keyof OptimizerParams;

interface OptimizerDescriptor<K extends OptimizerId = OptimizerId> {
  label: string;
  defaultLearningRate: number;
  settings: SettingTable<OptimizerParams[K]>;
  help: string;
}

type NumberBody = Omit<NumberSetting, 'key'>;

const momentum = (d: number): NumberBody => ({
  label: 'Momentum',
  type: 'float',
  min: 0,
  max: 1,
  maxExclusive: true,
  step: 0.01,
  default: d,
  help: 'Keeps a running direction of travel: steps build up speed along consistent slopes and damp zig-zags. 0.9 is typical; near 1 can overshoot.',
});
const beta1: NumberBody = {
  label: 'β₁',
  type: 'float',
  min: 0,
  max: 1,
  maxExclusive: true,
  step: 0.001,
  default: 0.9,
  help: 'Decay of the running mean of gradients (the momentum term).',
};
const beta2: NumberBody = {
  label: 'β₂',
  type: 'float',
  min: 0,
  max: 1,
  maxExclusive: true,
  step: 0.0001,
  default: 0.999,
  help: 'Decay of the running mean of squared gradients (the per-weight step scale).',
};
const epsilon: NumberBody = {
  label: 'ε',
  type: 'float',
  min: 1e-10,
  max: 1,
  step: 1e-7,
  default: 1e-7,
  help: 'Added to the denominator to avoid division by zero; larger values damp the adaptivity.',
};

export const OPTIMIZERS = {
  sgd: {
    label: 'SGD',
    defaultLearningRate: 0.1,
    settings: {},
    help: 'Gradient descent: each batch moves every weight a step of (learning rate × gradient) downhill. Simple and predictable; sensitive to the learning rate.',
  },
  momentum: {
    label: 'SGD with momentum',
    defaultLearningRate: 0.05,
    settings: {
      momentum: momentum(0.9),
      nesterov: {
        label: 'Nesterov',
        type: 'bool',
        default: false,
        help: 'Look ahead: take the gradient where momentum is about to carry the weights. Often a little faster and steadier.',
      },
    },
    help: 'SGD that remembers its previous steps, so it speeds up along consistent directions and smooths out noise.',
  },
  adam: {
    label: 'Adam',
    defaultLearningRate: 0.01,
    settings: { beta1, beta2, epsilon },
    help: 'Adaptive moments: keeps running averages of each gradient and its square, so every weight gets its own step size. Forgiving of the learning rate; the usual first choice.',
  },
  adamax: {
    label: 'Adamax',
    defaultLearningRate: 0.02,
    settings: {
      beta1,
      beta2,
      epsilon,
      decay: {
        label: 'Decay',
        type: 'float',
        min: 0,
        max: 1,
        step: 0.0001,
        default: 0,
        help: 'Shrinks the learning rate a little every step: lr / (1 + decay · step).',
      },
    },
    help: 'A variant of Adam that scales steps by the largest recent gradient instead of the average square: steadier with rare, large gradients.',
  },
  rmsprop: {
    label: 'RMSprop',
    defaultLearningRate: 0.01,
    settings: {
      decay: {
        label: 'ρ (decay)',
        type: 'float',
        min: 0,
        max: 1,
        maxExclusive: true,
        step: 0.01,
        default: 0.9,
        help: 'How fast the running mean of squared gradients forgets.',
      },
      momentum: momentum(0),
      epsilon,
      centered: {
        label: 'Centered',
        type: 'bool',
        default: false,
        help: 'Normalise by the gradient variance instead of its raw second moment: steadier, slightly slower.',
      },
    },
    help: 'Divides each step by a running root-mean-square of recent gradients, so steep and flat directions move at similar speeds.',
  },
  adagrad: {
    label: 'Adagrad',
    defaultLearningRate: 0.1,
    settings: {
      initialAccumulatorValue: {
        label: 'Initial accumulator',
        type: 'float',
        min: 1e-10,
        max: 10,
        step: 0.01,
        default: 0.1,
        help: 'Starting value of each weight’s sum of squared gradients.',
      },
    },
    help: 'Scales each weight’s step by all of its past gradients: rarely-updated weights move more. Steps only shrink, so learning can stall in long runs.',
  },
  adadelta: {
    label: 'Adadelta',
    defaultLearningRate: 1,
    settings: {
      rho: {
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
    },
    help: 'Adagrad with a memory window instead of the whole history, and step sizes in the units of the weights: a learning rate of 1 is the usual choice.',
  },
} as const satisfies { [K in OptimizerId]: OptimizerDescriptor<K> };

export const OPTIMIZER_IDS = idsOf(OPTIMIZERS);

export const OPTIMIZER_CHOICES = choicesOf(OPTIMIZERS);

/**
 * Settings as stored in a training config and a saved model: plain keys,
 * checked against the optimizer's table by `optimizerSettingProblems`.
 */
export type OptimizerSettings = Record<string, number | boolean>;

/** An optimizer's settings as a list of descriptors, in the order the UI shows them. */
export function optimizerSettingList(id: OptimizerId): readonly AnySetting[] {
  return settingList(OPTIMIZERS[id].settings as SettingTable<OptimizerParams[OptimizerId]>);
}

/**
 * An optimizer's settings as the UI shows them: label and help in the
 * current language. The keys are built from the ids, which the type checker
 * cannot follow through each optimizer's own setting names, hence the cast.
 */
export function shownOptimizerSettings(id: OptimizerId): AnySetting[] {
  const word = t as unknown as (key: string) => string;
  return optimizerSettingList(id).map((s) => ({
    ...s,
    label: word(`training:optimizerSettings.${id}.${s.key}.label`),
    help: word(`training:optimizerSettings.${id}.${s.key}.help`),
  }));
}

/** tfjs's defaults for an optimizer's settings. */
export function defaultOptimizerSettings(id: OptimizerId): OptimizerSettings {
  return {
    ...settingDefaults(OPTIMIZERS[id].settings as SettingTable<OptimizerParams[OptimizerId]>),
  };
}

/**
 * The settings of optimizer `id` typed as its table declares them: a stored
 * value of the right type is kept, anything missing or of the wrong type
 * takes the table's default.
 */
export function optimizerParams<K extends OptimizerId>(
  id: K,
  settings: OptimizerSettings = {},
): OptimizerParams[K] {
  return Object.fromEntries(
    optimizerSettingList(id).map((p) => {
      const v = settings[p.key];
      return [p.key, typeof v === typeof p.default ? v : p.default];
    }),
  ) as OptimizerParams[K];
}

/** Messages for settings that are missing or out of range. Empty when valid. */
export function optimizerSettingProblems(id: OptimizerId, settings: OptimizerSettings): string[] {
  return shownOptimizerSettings(id).flatMap((p) => settingProblem(p, settings[p.key]) ?? []);
}
