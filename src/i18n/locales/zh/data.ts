/** The Simplified Chinese words of the "data" namespace: the same keys as the English. */
import type en from '../en/data';
import type { Translated } from '../../types';

const data: Translated<typeof en> = {};

export default data;
