/**
 * Metrics for judging a model on held-out data, from plain arrays of labels
 * and predictions. Pure: no tfjs, no DOM. The engine predicts; this module
 * counts.
 *
 * Conventions (the same as scikit-learn's defaults):
 * - Confusion matrix: rows are the true class, columns the predicted class.
 * - Precision of a class that is never predicted, and recall of a class
 *   that never occurs, are undefined: they are `null` here (the UI shows
 *   "—"). In the macro and weighted averages an undefined value counts as 0
 *   (scikit-learn's `zero_division=0`).
 * - Macro averages run over the classes that occur in the true or the
 *   predicted labels (scikit-learn's default label set); weighted averages
 *   weigh each class by its support (true count).
 * - F1 = 2·TP / (2·TP + FP + FN), which equals the harmonic mean of precision
 *   and recall where both are defined and is 0 for a class that occurs but is
 *   never predicted (or is predicted but never occurs).
 * - R² = 1 − SS_res / SS_tot per target. When a target is constant (SS_tot =
 *   0) R² is 1 for perfect predictions and 0 otherwise (scikit-learn's
 *   `force_finite`), so it is always a finite number. The overall R² is the
 *   mean of the per-target values (`multioutput='uniform_average'`).
 */
import { t } from '../i18n';

/** Precision, recall and F1 of one class; null where undefined (see the module comment). */
interface ClassScores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** How many samples truly are of this class. */
  support: number;
  /** How many samples were predicted as this class. */
  predicted: number;
}

/** Averages over classes; null when there is nothing to average. */
export interface AverageScores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface ClassificationMetrics {
  kind: 'classification';
  n: number;
  /** Correct / n; null for n = 0. */
  accuracy: number | null;
  /** [true class][predicted class] counts. */
  confusion: number[][];
  perClass: ClassScores[];
  macro: AverageScores;
  weighted: AverageScores;
}

interface TargetScores {
  mse: number | null;
  mae: number | null;
  r2: number | null;
}

export interface RegressionMetrics extends TargetScores {
  kind: 'regression';
  n: number;
  /** One entry per target, in target order. */
  perTarget: TargetScores[];
}

export type Metrics = ClassificationMetrics | RegressionMetrics;

/**
 * Count true/predicted pairs.
 * @param truth [n] class index of each sample, 0..k−1
 * @param predicted [n] predicted class index of each sample, 0..k−1
 * @returns k×k counts, [true][predicted]
 */
export function confusionMatrix(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  k: number,
): number[][] {
  if (truth.length !== predicted.length) {
    throw new Error(
      t('evaluate:errors.lengths', { labels: truth.length, predictions: predicted.length }),
    );
  }
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < truth.length; i++) {
    const actual = truth[i] as number;
    const p = predicted[i] as number;
    const row = m[actual];
    if (!row || p < 0 || p >= k) throw new Error(t('evaluate:errors.classIndex', { index: i }));
    row[p] = (row[p] as number) + 1;
  }
  return m;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Everything for a classifier, from its confusion matrix (k×k, [true][predicted]). */
export function metricsFromConfusion(confusion: number[][]): ClassificationMetrics {
  const support = confusion.map((row) => row.reduce((a, b) => a + b, 0));
  const predicted = confusion[0]?.map((_, c) => confusion.reduce((a, row) => a + (row[c] ?? 0), 0));
  const n = support.reduce((a, b) => a + b, 0);
  let correct = 0;
  const perClass: ClassScores[] = confusion.map((row, c) => {
    const tp = row[c] ?? 0;
    correct += tp;
    const sup = support[c] ?? 0;
    const pred = predicted?.[c] ?? 0;
    const fp = pred - tp;
    const fn = sup - tp;
    return {
      precision: ratio(tp, pred),
      recall: ratio(tp, sup),
      f1: ratio(2 * tp, 2 * tp + fp + fn),
      support: sup,
      predicted: pred,
    };
  });
  return {
    kind: 'classification',
    n,
    accuracy: ratio(correct, n),
    confusion,
    perClass,
    macro: average(perClass, (c) => (c.support > 0 || c.predicted > 0 ? 1 : 0)),
    weighted: average(perClass, (c) => c.support),
  };
}

/** Weighted mean of each score, an undefined score counting as 0. */
function average(classes: ClassScores[], weight: (c: ClassScores) => number): AverageScores {
  const total = classes.reduce((a, c) => a + weight(c), 0);
  const mean = (pick: (c: ClassScores) => number | null): number | null =>
    total === 0 ? null : classes.reduce((a, c) => a + weight(c) * (pick(c) ?? 0), 0) / total;
  return {
    precision: mean((c) => c.precision),
    recall: mean((c) => c.recall),
    f1: mean((c) => c.f1),
  };
}

/**
 * Accuracy, per-class precision / recall / F1, averages and the confusion matrix.
 * @param truth [n] true class indices; @param predicted [n] predicted class indices
 * @param k number of classes
 */
export function classificationMetrics(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  k: number,
): ClassificationMetrics {
  return metricsFromConfusion(confusionMatrix(truth, predicted, k));
}

/**
 * Mean squared error, mean absolute error and R², per target and overall.
 * @param truth [n, targets] float, row-major
 * @param predicted [n, targets] float, row-major
 */
export function regressionMetrics(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  targets: number,
): RegressionMetrics {
  if (truth.length !== predicted.length) {
    throw new Error(
      t('evaluate:errors.targetLengths', { targets: truth.length, predictions: predicted.length }),
    );
  }
  const n = targets > 0 ? truth.length / targets : 0;
  const perTarget: TargetScores[] = [];
  for (let j = 0; j < targets; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += truth[i * targets + j] as number;
    mean /= n;
    let se = 0;
    let ae = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const t = truth[i * targets + j] as number;
      const d = (predicted[i * targets + j] as number) - t;
      se += d * d;
      ae += Math.abs(d);
      ss += (t - mean) ** 2;
    }
    perTarget.push(
      n === 0
        ? { mse: null, mae: null, r2: null }
        : { mse: se / n, mae: ae / n, r2: ss === 0 ? (se === 0 ? 1 : 0) : 1 - se / ss },
    );
  }
  const meanOf = (pick: (t: TargetScores) => number | null): number | null =>
    n === 0 || targets === 0 ? null : perTarget.reduce((a, t) => a + (pick(t) ?? 0), 0) / targets;
  return {
    kind: 'regression',
    n,
    mse: meanOf((t) => t.mse),
    mae: meanOf((t) => t.mae),
    r2: meanOf((t) => t.r2),
    perTarget,
  };
}

/**
 * Indices of the samples in one confusion-matrix cell, in sample order.
 * @param truth [n] true class; @param predicted [n] predicted class
 */
export function cellSamples(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  trueClass: number,
  predictedClass: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] === trueClass && predicted[i] === predictedClass) out.push(i);
  }
  return out;
}
