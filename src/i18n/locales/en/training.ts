/** The English words of the "training" namespace: the Train panel, its choices and its messages. */
import trainingChoices from './training-choices';
import trainingMessages from './training-messages';
import trainingPanel from './training-panel';

const training = { ...trainingPanel, ...trainingChoices, ...trainingMessages } as const;

export default training;
