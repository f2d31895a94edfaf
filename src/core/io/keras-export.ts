/**
 * The Python / Keras export: a train.py that rebuilds the playground's
 * network in Keras, compiles it with the same optimizer, learning rate and
 * loss, and trains it on the same data (exported beside it as CSV). The
 * path for users who outgrow the browser.
 *
 * The layers themselves come in as Python lines from the network's own
 * Keras mapping (one source of truth for each layer kind); this module
 * writes everything around them: imports, CSV loading, compile, fit,
 * evaluate, save.
 */
import type { Task } from '../data/dataset';
import type { OutputHead } from '../model/network-spec';
import type { TrainingConfig } from '../train/training-config';
import { SPLITS } from './dataset-csv';
import {
  kerasCallbacks,
  kerasCaveats,
  kerasLabels,
  kerasLoss,
  kerasOptimizer,
  pyBool,
  pyNum,
  pyStr,
} from './keras-compile';

export interface KerasExportInput {
  /**
   * One Keras layer expression per line, from `layers.Input(...)` to the
   * output head (kerasLayerLines in core/model/keras.ts), e.g.
   * `layers.Dense(8, activation="tanh", name="dense_1")`. `keras`, `layers`
   * and `regularizers` are in scope.
   */
  layerLines: string[];
  /** How the network ends; it decides the loss. */
  head: OutputHead;
  modelName: string;
  /** Shape of one input, without the batch dimension. */
  inputShape: number[];
  task: Task;
  training: TrainingConfig;
  /** Where the data came from, for the header, e.g. "Circle, 400 samples, noise 0.1, seed 1". */
  dataDescription: string;
}

const pyTuple = (xs: number[]): string =>
  xs.length === 1 ? `(${xs[0]},)` : `(${xs.map(pyNum).join(', ')})`;

/** The text of train.py. */
export function kerasScript(input: KerasExportInput): string {
  const { training: t, task } = input;
  const labels = kerasLabels(input.head, task, t.loss);
  const callbacks = kerasCallbacks(t).map((c) => `        ${c},`);
  const classes =
    task.kind === 'classification' ? `${task.classNames.length} classes` : 'regression';
  const layerLines = input.layerLines.map((l) => `        ${l.trim().replace(/,$/, '')},`);
  return `"""Train ${input.modelName.replace(/"""/g, "'''")} with TensorFlow / Keras.

Exported from the Neural Network Playground: the same network, optimizer
and its settings, learning rate and schedule, loss, batch size, epochs and
early stopping, trained on the same data
(${input.dataDescription}; ${classes}), which is in ${SPLITS.map((s) => `${s}.csv`).join(', ')} beside
this file.

    pip install tensorflow numpy
    python train.py

Results will be close to the browser's, not identical: the initial weights,
the shuffling and the last, smaller batch of each epoch differ.
"""
import math
import pathlib
import warnings

import numpy as np
from tensorflow import keras
from tensorflow.keras import layers, regularizers

HERE = pathlib.Path(__file__).resolve().parent
INPUT_SHAPE = ${pyTuple(input.inputShape)}
TARGETS = ${labels.targets}
SEED = ${t.seed}


def load(split):
    """(inputs [n, *INPUT_SHAPE] float32, targets) from <split>.csv, or None if it has no rows."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numpy warns about an empty split
        data = np.loadtxt(HERE / f"{split}.csv", delimiter=",", skiprows=1, dtype=np.float32, ndmin=2)
    if data.size == 0:
        return None
    x = data[:, :-TARGETS].reshape((-1, *INPUT_SHAPE))
    y = ${labels.y}
    return x, y


keras.utils.set_random_seed(SEED)
train, validation, test = load("train"), load("validation"), load("test")

model = keras.Sequential(
    [
${layerLines.join('\n')}
    ],
    name=${pyStr(input.modelName.replace(/[^A-Za-z0-9_]+/g, '_') || 'model')},
)
${kerasCaveats(t)
  .map((c) => `${c}\n`)
  .join('')}model.compile(
    optimizer=${kerasOptimizer(t)},
    loss=${kerasLoss(t)},
    metrics=[${labels.metric}],
)
model.summary()

model.fit(
    *train,
    batch_size=${t.batchSize},
    epochs=${t.epochs},
    validation_data=validation,
    shuffle=${pyBool(t.shuffle)},
    callbacks=[${callbacks.length ? `\n${callbacks.join('\n')}\n    ` : ''}],
)
if test is not None:
    print("test:", model.evaluate(*test, return_dict=True, verbose=0))
model.save(HERE / "model.keras")
print("saved", HERE / "model.keras")
`;
}

/** README.md for the exported folder. */
export function kerasReadme(input: KerasExportInput): string {
  return `# ${input.modelName}: Keras export

- \`train.py\`: rebuilds the network in Keras, compiles it with the same
  optimizer, learning rate and loss, and trains it.
- ${SPLITS.map((s) => `\`${s}.csv\``).join(', ')}: the data (${input.dataDescription}),
  one row per sample: the input values, then the ${
    input.task.kind === 'classification' ? 'class index (`label`)' : 'target values'
  }.

\`\`\`sh
pip install tensorflow numpy
python train.py     # writes model.keras
\`\`\`
`;
}
