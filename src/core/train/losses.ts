/**
 * Loss functions, declared once as a table keyed by id: label, help, and
 * which outputs each fits. The list offered in the UI follows the task; a
 * loss that does not fit says why. The engine and the Keras export keep
 * their own translation, a record over the same ids.
 */
import { t } from '../../i18n';
import { choicesOf, idsOf } from '../choices';
import type { OutputHead } from '../model/network-spec';

interface LossDescriptor {
  label: string;
  help: string;
  /** Why this loss cannot train a network ending in `head`, or null when it can. */
  unavailable(head: OutputHead): string | null;
}

const notForRegression = (): string => t('training:lossMisfit.regression');
const anyOutput = (): null => null;

export const LOSSES = {
  categoricalCrossentropy: {
    label: 'Categorical cross-entropy',
    help: '−log(probability given to the true class), averaged. The standard loss for softmax classifiers: it punishes confident mistakes hardest.',
    unavailable: (head) =>
      head.activation === 'linear'
        ? notForRegression()
        : head.activation === 'softmax'
          ? null
          : t('training:lossMisfit.categorical'),
  },
  binaryCrossentropy: {
    label: 'Binary cross-entropy',
    help: 'Cross-entropy for one sigmoid output (probability of class 1). The standard loss for two classes with a single output unit.',
    unavailable: (head) =>
      head.activation === 'linear'
        ? notForRegression()
        : head.activation === 'sigmoid'
          ? null
          : t('training:lossMisfit.binary'),
  },
  mse: {
    label: 'Mean squared error',
    help: 'Average of (prediction − target)². The standard regression loss; large errors dominate, so outliers pull hard.',
    unavailable: anyOutput,
  },
  mae: {
    label: 'Mean absolute error',
    help: 'Average of |prediction − target|. Robust to outliers, but its gradient does not shrink near the answer, so it settles less smoothly.',
    unavailable: anyOutput,
  },
  huber: {
    label: 'Huber',
    help: 'Squared error for small errors, absolute error beyond δ: the smoothness of MSE with the outlier-robustness of MAE.',
    unavailable: anyOutput,
  },
} as const satisfies Record<string, LossDescriptor>;

export type LossId = keyof typeof LOSSES;

export const LOSS_IDS = idsOf(LOSSES);

export const LOSS_CHOICES = choicesOf(LOSSES);

/** Why `loss` cannot train a network ending in `head`, or null when it can. */
export function lossUnavailableReason(loss: LossId, head: OutputHead): string | null {
  const d: LossDescriptor = LOSSES[loss];
  return d.unavailable(head);
}

/** The usual loss for an output head. */
export function defaultLoss(head: OutputHead): LossId {
  if (head.activation === 'linear') return 'mse';
  return head.activation === 'sigmoid' ? 'binaryCrossentropy' : 'categoricalCrossentropy';
}
