/** The Simplified Chinese words of the "engine" namespace: the same keys as the English. */
import type en from '../en/engine';
import type { Translated } from '../../types';

const engine: Translated<typeof en> = {};

export default engine;
