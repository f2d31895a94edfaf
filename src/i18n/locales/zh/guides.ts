/**
 * The Simplified Chinese words of the "guides" namespace: the same keys as
 * the English, split into the same modules.
 */
import type en from '../en/guides';
import type { Translated } from '../../types';
import batchSize from './guides-batch-size';
import cnn from './guides-cnn';
import depth from './guides-depth';
import drawer from './guides-drawer';
import learningRate from './guides-learning-rate';
import optimizers from './guides-optimizers';
import overfitting from './guides-overfitting';
import saveLoad from './guides-save-load';

const guides: Translated<typeof en> = {
  ...drawer,
  ...learningRate,
  ...overfitting,
  ...depth,
  ...optimizers,
  ...batchSize,
  ...cnn,
  ...saveLoad,
};

export default guides;
