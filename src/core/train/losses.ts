/**
 * Loss functions, declared once, and which of them fit which output. The
 * list offered in the UI follows the task; a loss that does not fit says why.
 */
import type { OutputHead } from '../model/network-spec';

export const LOSSES = [
  {
    id: 'categoricalCrossentropy',
    label: 'Categorical cross-entropy',
    help: '−log(probability given to the true class), averaged. The standard loss for softmax classifiers: it punishes confident mistakes hardest.',
  },
  {
    id: 'binaryCrossentropy',
    label: 'Binary cross-entropy',
    help: 'Cross-entropy for one sigmoid output (probability of class 1). The standard loss for two classes with a single output unit.',
  },
  {
    id: 'mse',
    label: 'Mean squared error',
    help: 'Average of (prediction − target)². The standard regression loss; large errors dominate, so outliers pull hard.',
  },
  {
    id: 'mae',
    label: 'Mean absolute error',
    help: 'Average of |prediction − target|. Robust to outliers, but its gradient does not shrink near the answer, so it settles less smoothly.',
  },
  {
    id: 'huber',
    label: 'Huber',
    help: 'Squared error for small errors, absolute error beyond δ: the smoothness of MSE with the outlier-robustness of MAE.',
  },
] as const;

export type LossId = (typeof LOSSES)[number]['id'];

export const LOSS_IDS = LOSSES.map((l) => l.id) as [LossId, ...LossId[]];

/** Why `loss` cannot train a network ending in `head`, or null when it can. */
export function lossUnavailableReason(loss: LossId, head: OutputHead): string | null {
  const regression = head.activation === 'linear';
  switch (loss) {
    case 'categoricalCrossentropy':
      if (regression)
        return 'Cross-entropy compares class probabilities; this is a regression task.';
      return head.activation === 'softmax'
        ? null
        : 'Categorical cross-entropy needs softmax outputs; with one sigmoid unit use binary cross-entropy.';
    case 'binaryCrossentropy':
      if (regression)
        return 'Cross-entropy compares class probabilities; this is a regression task.';
      return head.activation === 'sigmoid'
        ? null
        : 'Binary cross-entropy needs one sigmoid output: choose "1 sigmoid unit" for two classes (or use categorical cross-entropy).';
    case 'mse':
    case 'mae':
    case 'huber':
      return null;
  }
}

/** The usual loss for an output head. */
export function defaultLoss(head: OutputHead): LossId {
  if (head.activation === 'linear') return 'mse';
  return head.activation === 'sigmoid' ? 'binaryCrossentropy' : 'categoricalCrossentropy';
}
