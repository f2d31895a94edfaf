/** The Simplified Chinese words of the "training" namespace: the same keys as the English. */
import type en from '../en/training';
import type { Translated } from '../../types';

const training: Translated<typeof en> = {};

export default training;
