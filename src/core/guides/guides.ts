/** Every guided recipe, in the order the list shows them. */
import { BATCH_SIZES } from './batch-size';
import { CNN_DIGITS } from './cnn';
import { SPIRAL_DEPTH } from './depth';
import { LR_TOO_HIGH, LR_TOO_LOW } from './learning-rate';
import { OPTIMIZERS_COMPARED } from './optimizers';
import { OVERFITTING } from './overfitting';
import { SAVE_AND_LOAD } from './save-load';
import type { Guide } from './types';

export const GUIDES: readonly Guide[] = [
  LR_TOO_HIGH,
  LR_TOO_LOW,
  OVERFITTING,
  SPIRAL_DEPTH,
  OPTIMIZERS_COMPARED,
  BATCH_SIZES,
  CNN_DIGITS,
  SAVE_AND_LOAD,
];

export function guideById(id: string): Guide | null {
  return GUIDES.find((g) => g.id === id) ?? null;
}
