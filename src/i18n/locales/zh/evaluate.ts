/** The Simplified Chinese words of the "evaluate" namespace: the same keys as the English. */
import type en from '../en/evaluate';
import type { Translated } from '../../types';

const evaluate: Translated<typeof en> = {};

export default evaluate;
