/** The Simplified Chinese words of the "training" namespace: the same keys as the English. */
import type en from '../en/training';
import type { Translated } from '../../types';
import trainingChoices from './training-choices';
import trainingMessages from './training-messages';
import trainingPanel from './training-panel';

const training: Translated<typeof en> = {
  ...trainingPanel,
  ...trainingChoices,
  ...trainingMessages,
};

export default training;
