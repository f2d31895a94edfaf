/**
 * The training half of the Keras export: the playground's optimizer (with
 * its settings and gradient clipping), loss, learning-rate schedule and
 * early stopping as Keras Python expressions, and how the CSV labels are
 * read for the loss. Every table is a full record over our ids, so adding
 * an optimizer, a loss or a schedule without its export fails to compile.
 */
import type { Task } from '../data/dataset';
import type { OutputHead } from '../model/network-spec';
import type { LossId } from '../train/losses';
import { optimizerParams, type OptimizerId, type OptimizerParams } from '../train/optimizers';
import type { ScheduleId } from '../train/schedules';
import type { TrainingConfig } from '../train/training-config';

export { pyStr } from './escape';

/** A Python number literal. */
export const pyNum = (n: number): string => (Number.isFinite(n) ? String(n) : 'float("nan")');

export const pyBool = (b: boolean): string => (b ? 'True' : 'False');

const KERAS_OPTIMIZER: {
  [K in OptimizerId]: (s: OptimizerParams[K]) => [string, string[]];
} = {
  sgd: () => ['SGD', []],
  momentum: (s) => ['SGD', [`momentum=${pyNum(s.momentum)}`, `nesterov=${pyBool(s.nesterov)}`]],
  adam: (s) => [
    'Adam',
    [`beta_1=${pyNum(s.beta1)}`, `beta_2=${pyNum(s.beta2)}`, `epsilon=${pyNum(s.epsilon)}`],
  ],
  adamax: (s) => [
    'Adamax',
    [`beta_1=${pyNum(s.beta1)}`, `beta_2=${pyNum(s.beta2)}`, `epsilon=${pyNum(s.epsilon)}`],
  ],
  rmsprop: (s) => [
    'RMSprop',
    [
      `rho=${pyNum(s.decay)}`,
      `momentum=${pyNum(s.momentum)}`,
      `epsilon=${pyNum(s.epsilon)}`,
      `centered=${pyBool(s.centered)}`,
    ],
  ],
  adagrad: (s) => ['Adagrad', [`initial_accumulator_value=${pyNum(s.initialAccumulatorValue)}`]],
  adadelta: (s) => ['Adadelta', [`rho=${pyNum(s.rho)}`, `epsilon=${pyNum(s.epsilon)}`]],
};

function kerasOptimizerCall<K extends OptimizerId>(id: K, t: TrainingConfig): [string, string[]] {
  return KERAS_OPTIMIZER[id](optimizerParams(id, t.optimizerSettings));
}

/** `keras.optimizers.X(...)` with the same learning rate, settings and gradient clipping. */
export function kerasOptimizer(t: TrainingConfig): string {
  const [cls, args] = kerasOptimizerCall(t.optimizer, t);
  const clip = {
    none: [],
    value: [`clipvalue=${pyNum(t.clip.threshold)}`],
    norm: [`clipnorm=${pyNum(t.clip.threshold)}`],
  }[t.clip.kind];
  return `keras.optimizers.${cls}(${[`learning_rate=${pyNum(t.learningRate)}`, ...args, ...clip].join(', ')})`;
}

/** Python comment lines for what Keras does not reproduce. */
export function kerasCaveats(t: TrainingConfig): string[] {
  const decay = t.optimizer === 'adamax' ? optimizerParams('adamax', t.optimizerSettings).decay : 0;
  return decay > 0
    ? [`# Not reproduced: tfjs's Adamax decay (learning rate / (1 + ${pyNum(decay)} * step)).`]
    : [];
}

const KERAS_LOSS: Record<LossId, (t: TrainingConfig) => string> = {
  // With integer labels (see kerasLabels), sparse cross-entropy = the app's one-hot cross-entropy.
  categoricalCrossentropy: () => 'keras.losses.SparseCategoricalCrossentropy()',
  binaryCrossentropy: () => 'keras.losses.BinaryCrossentropy()',
  mse: () => 'keras.losses.MeanSquaredError()',
  mae: () => 'keras.losses.MeanAbsoluteError()',
  huber: (t) => `keras.losses.Huber(delta=${pyNum(t.huberDelta)})`,
};

export function kerasLoss(t: TrainingConfig): string {
  return KERAS_LOSS[t.loss](t);
}

const SCHEDULE: Record<ScheduleId, (t: TrainingConfig) => string | null> = {
  constant: () => null,
  step: ({ learningRate: lr, schedule: s }) =>
    `keras.callbacks.LearningRateScheduler(lambda epoch: ${pyNum(lr)} * ${pyNum(s.factor)} ** (epoch // ${s.stepEvery}))`,
  exponential: ({ learningRate: lr, schedule: s }) =>
    `keras.callbacks.LearningRateScheduler(lambda epoch: ${pyNum(lr)} * ${pyNum(s.decayRate)} ** epoch)`,
  cosine: ({ learningRate: lr, schedule: s, epochs }) => {
    const floor = pyNum(Math.min(s.minLearningRate, lr));
    return `keras.callbacks.LearningRateScheduler(lambda epoch: ${floor} + (${pyNum(lr)} - ${floor}) * (1 + math.cos(math.pi * min(1, epoch / ${Math.max(1, epochs - 1)}))) / 2)`;
  },
  plateau: ({ schedule: s }) =>
    `keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=${pyNum(s.factor)}, patience=${s.patience}, min_delta=1e-4, min_lr=${pyNum(s.minLearningRate)})`,
};

/** Keras callbacks for the learning-rate schedule and early stopping. */
export function kerasCallbacks(t: TrainingConfig): string[] {
  const e = t.earlyStopping;
  const schedule = SCHEDULE[t.schedule.kind](t);
  return [
    ...(schedule ? [schedule] : []),
    ...(e.enabled
      ? [
          `keras.callbacks.EarlyStopping(monitor="val_loss", patience=${e.patience}, min_delta=${pyNum(e.minDelta)}, restore_best_weights=${pyBool(e.restoreBest)})`,
        ]
      : []),
  ];
}

export interface KerasLabels {
  /** Target columns at the end of each CSV row. */
  targets: number;
  /** Python: the targets from `data` (the CSV as float32), shaped and typed for the loss. */
  y: string;
  /** Python: the metric Keras reports beside the loss. */
  metric: string;
}

/** How the labels are read for the way the network ends and the loss it trains with. */
export function kerasLabels(head: OutputHead, task: Task, loss: LossId): KerasLabels {
  switch (head.activation) {
    case 'softmax':
      return loss === 'categoricalCrossentropy'
        ? { targets: 1, y: 'data[:, -1].astype(np.int32)', metric: '"accuracy"' }
        : {
            targets: 1,
            y: `keras.utils.to_categorical(data[:, -1].astype(np.int32), ${head.units})`,
            metric: '"accuracy"',
          };
    case 'sigmoid':
      return { targets: 1, y: 'data[:, -1:]', metric: '"accuracy"' };
    case 'linear': {
      const k = task.kind === 'regression' ? task.targetNames.length : head.units;
      return { targets: k, y: `data[:, -${k}:]`, metric: '"mae"' };
    }
  }
}
