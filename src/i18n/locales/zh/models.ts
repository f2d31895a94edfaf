/** The Simplified Chinese words of the "models" namespace: the same keys as the English. */
import type en from '../en/models';
import type { Translated } from '../../types';

const models: Translated<typeof en> = {};

export default models;
