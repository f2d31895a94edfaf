/** The Simplified Chinese words of the "common" namespace: the same keys as the English. */
import type en from '../en/common';
import type { Translated } from '../../types';

const common: Translated<typeof en> = {};

export default common;
