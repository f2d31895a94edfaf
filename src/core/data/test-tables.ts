/** A small table dataset the tests share (not imported by the app). */
import type { DataPart, Dataset } from './dataset';

const emptyPart: DataPart = { x: new Float32Array(0), y: new Int32Array(0), n: 0 };

/**
 * Size (numeric, standardised around 10 ± 2) and colour (one-hot red/blue),
 * classified small / big; `train` as given, the other splits empty.
 */
export const colourTable = (train: DataPart = emptyPart): Dataset => ({
  inputShape: [3],
  featureNames: ['size', 'colour=red', 'colour=blue'],
  task: { kind: 'classification', classNames: ['small', 'big'] },
  train,
  validation: emptyPart,
  test: emptyPart,
  scaling: { offset: [10, 0, 0], scale: [2, 1, 1] },
  columns: [
    { name: 'size', kind: 'numeric', fill: 10 },
    { name: 'colour', kind: 'categorical', categories: ['red', 'blue'], fill: 'red' },
  ],
});
