/** The Simplified Chinese words of the "predict" namespace: the same keys as the English. */
import type en from '../en/predict';
import type { Translated } from '../../types';

const predict: Translated<typeof en> = {};

export default predict;
