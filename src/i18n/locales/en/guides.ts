/**
 * The English words of the "guides" namespace: the drawer, then each
 * recipe's title, summary and steps, one module per recipe.
 */
import batchSize from './guides-batch-size';
import cnn from './guides-cnn';
import depth from './guides-depth';
import drawer from './guides-drawer';
import learningRate from './guides-learning-rate';
import optimizers from './guides-optimizers';
import overfitting from './guides-overfitting';
import saveLoad from './guides-save-load';

const guides = {
  ...drawer,
  ...learningRate,
  ...overfitting,
  ...depth,
  ...optimizers,
  ...batchSize,
  ...cnn,
  ...saveLoad,
} as const;

export default guides;
