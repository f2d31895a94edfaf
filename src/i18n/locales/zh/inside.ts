/** The Simplified Chinese words of the "inside" namespace: the same keys as the English. */
import type en from '../en/inside';
import type { Translated } from '../../types';

const inside: Translated<typeof en> = {};

export default inside;
