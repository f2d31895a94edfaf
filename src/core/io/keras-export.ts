/**
 * The Python / Keras export: a train.py that rebuilds the playground's
 * network in Keras, compiles it with the same optimizer, learning rate and
 * loss, and trains it on the same data (exported beside it as CSV). The
 * path for users who outgrow the browser.
 *
 * The layers themselves come in as Python lines from the network's own
 * Keras mapping (one source of truth for each layer kind); this module
 * writes everything around them: imports, CSV loading, compile, fit,
 * evaluate, save, and the choice of tf.distribute strategy (one device,
 * every GPU of a machine, or several machines). Every user string is
 * escaped for where it lands (Python string literal or docstring).
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
} from './keras-compile';
import { pyDocText, pyStr } from './escape';

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

/** The strategies `--strategy` offers, as the script and the README name them. */
export const STRATEGIES = ['default', 'mirrored', 'multiworker'] as const;

/** The text of train.py. */
export function kerasScript(input: KerasExportInput): string {
  const { training: t, task } = input;
  const labels = kerasLabels(input.head, task, t.loss);
  const callbacks = kerasCallbacks(t).map((c) => `        ${c},`);
  const classes =
    task.kind === 'classification' ? `${task.classNames.length} classes` : 'regression';
  const layerLines = input.layerLines.map((l) => `            ${l.trim().replace(/,$/, '')},`);
  return `"""Train ${pyDocText(input.modelName)} with TensorFlow / Keras.

Exported from the Neural Network Playground: the same network, optimizer
and its settings, learning rate and schedule, loss, batch size, epochs and
early stopping, trained on the same data
(${pyDocText(input.dataDescription)}; ${classes}), which is in ${SPLITS.map((s) => `${s}.csv`).join(', ')} beside
this file.

    pip install tensorflow numpy
    python train.py                          # one device: the first GPU, else the CPU
    python train.py --strategy mirrored      # every GPU of this machine
    python train.py --strategy multiworker   # several machines: see README.md

Results will be close to the browser's, not identical: the initial weights,
the shuffling and the last, smaller batch of each epoch differ.
"""
import argparse
import json
import math
import os
import pathlib
import tempfile
import warnings

import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers, regularizers

HERE = pathlib.Path(__file__).resolve().parent
INPUT_SHAPE = ${pyTuple(input.inputShape)}
TARGETS = ${labels.targets}
SEED = ${t.seed}
BATCH_SIZE = ${t.batchSize}  # per replica, as in the playground
EPOCHS = ${t.epochs}
SHUFFLE = ${pyBool(t.shuffle)}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--strategy",
        choices=[${STRATEGIES.map(pyStr).join(', ')}],
        default="default",
        help=(
            "default: one device (the first GPU, else the CPU); "
            "mirrored: every GPU of this machine (tf.distribute.MirroredStrategy); "
            "multiworker: every GPU of several machines, each started with its own "
            "TF_CONFIG (tf.distribute.MultiWorkerMirroredStrategy). "
            f"The batch size of {BATCH_SIZE} is per replica: each step trains on "
            f"{BATCH_SIZE} x strategy.num_replicas_in_sync samples, so the global "
            "batch grows with the number of GPUs and workers."
        ),
    )
    return parser.parse_args()


def make_strategy(name):
    """The tf.distribute strategy called \`name\`, and whether this process writes the results."""
    if name == "mirrored":
        return tf.distribute.MirroredStrategy(), True
    if name == "multiworker":
        if "TF_CONFIG" not in os.environ:
            raise SystemExit("--strategy multiworker needs TF_CONFIG set on every worker: see README.md")
        task = json.loads(os.environ["TF_CONFIG"]).get("task", {})
        chief = task.get("type") == "chief" or (task.get("type") == "worker" and task.get("index") == 0)
        return tf.distribute.MultiWorkerMirroredStrategy(), chief
    return tf.distribute.get_strategy(), True


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


def as_dataset(split, global_batch, shuffle=False):
    """A tf.data pipeline of global batches; each worker keeps its share of every batch."""
    if split is None:
        return None
    ds = tf.data.Dataset.from_tensor_slices(split)
    if shuffle:
        # The same seed on every worker: the same order, so their shares do not overlap.
        ds = ds.shuffle(len(split[0]), seed=SEED, reshuffle_each_iteration=True)
    options = tf.data.Options()
    # Every worker reads the same CSV files, so shard by element, not by file.
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    return ds.batch(global_batch).prefetch(tf.data.AUTOTUNE).with_options(options)


args = parse_args()
strategy, writes_results = make_strategy(args.strategy)
global_batch = BATCH_SIZE * strategy.num_replicas_in_sync
print(f"{args.strategy}: {strategy.num_replicas_in_sync} replica(s), global batch {global_batch}")

keras.utils.set_random_seed(SEED)
train, validation, test = load("train"), load("validation"), load("test")

with strategy.scope():
    model = keras.Sequential(
        [
${layerLines.join('\n')}
        ],
        name=${pyStr(input.modelName.replace(/[^A-Za-z0-9_]+/g, '_') || 'model')},
    )
${kerasCaveats(t)
  .map((c) => `    ${c}\n`)
  .join('')}    model.compile(
        optimizer=${kerasOptimizer(t)},
        loss=${kerasLoss(t)},
        metrics=[${labels.metric}],
    )
model.summary()

model.fit(
    as_dataset(train, global_batch, shuffle=SHUFFLE),
    epochs=EPOCHS,
    validation_data=as_dataset(validation, global_batch),
    callbacks=[${callbacks.length ? `\n${callbacks.join('\n')}\n    ` : ''}],
)
if test is not None:
    print("test:", model.evaluate(as_dataset(test, global_batch), return_dict=True, verbose=0))
# Every worker saves (saving may synchronise them); only one keeps what it wrote.
target = HERE / "model.keras" if writes_results else pathlib.Path(tempfile.mkdtemp()) / "model.keras"
model.save(target)
if writes_results:
    print("saved", target)
`;
}
