/**
 * Dead units, measured: on one fixed batch of training samples (the first
 * ≤ 256 rows), how many units of each ReLU hidden layer output 0 for every
 * sample. A Dense unit is one column of the layer's output; a Conv2D unit
 * is one channel over every position. One pass through the layers inside
 * `tf.tidy`, one small async read; nothing is left behind.
 *
 * Layers are applied one after another to a concrete tensor, as the
 * neuron maps do (grid.ts): a sub-model would share the layers' weights but
 * not their reference counts.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { DeadUnitReport } from '../core/doctor/diagnosis';

/** Samples the measurement uses, at most. */
export const DEAD_UNIT_SAMPLES = 256;

/** Activations whose output is exactly 0 for every negative input: the ones that can die. */
const DYING = new Set(['relu', 'relu6']);

/** The model's layers in order when they form a plain chain; null when the graph branches. */
function chain(model: tfl.LayersModel): tfl.layers.Layer[] | null {
  const layers = model.layers.filter((l) => l.getClassName() !== 'InputLayer');
  const chained = layers.every(
    (l, i) =>
      l.inboundNodes.length === 1 &&
      l.inboundNodes[0]?.inboundLayers.length === 1 &&
      (i === 0 || l.inboundNodes[0].inboundLayers[0] === layers[i - 1]),
  );
  return chained && model.inputs.length === 1 ? layers : null;
}

/** True for a layer whose output passes through ReLU (a Dense or Conv2D with it, an Activation, a ReLU layer). */
function endsInRelu(layer: tfl.layers.Layer): boolean {
  if (layer.getClassName() === 'ReLU') return true;
  const activation = layer.getConfig()['activation'];
  return typeof activation === 'string' && DYING.has(activation);
}

/**
 * Count the dead units of every ReLU hidden layer of `model` on the first
 * rows of `x`.
 * @param x [n, ...inputShape] float32: the training inputs
 * @param epoch the epoch the report is labelled with
 * @returns null when the model has no such layer or its graph is not a chain
 */
export async function measureDeadUnits(
  model: tfl.LayersModel,
  x: tf.Tensor,
  epoch: number,
): Promise<DeadUnitReport | null> {
  const layers = chain(model);
  const n = Math.min(DEAD_UNIT_SAMPLES, x.shape[0] ?? 0);
  const measured = layers?.flatMap((l, i) => (endsInRelu(l) ? [i] : [])) ?? [];
  const lastMeasured = measured.at(-1);
  if (!layers || lastMeasured === undefined || n === 0) return null;
  const units: number[] = [];
  const counts = tf.tidy(() => {
    let out: tf.Tensor = tf.slice(x, 0, n);
    const dead: tf.Tensor[] = [];
    for (let i = 0; i <= lastMeasured; i++) {
      out = (layers[i] as tfl.layers.Layer).apply(out, { training: false }) as tf.Tensor;
      if (!measured.includes(i)) continue;
      // Units are the last axis; a unit is dead when its largest output over the batch is 0.
      const perUnit = tf.reshape(out, [-1, out.shape.at(-1) ?? 1]);
      units.push(perUnit.shape[1] ?? 0);
      dead.push(tf.sum(tf.cast(tf.lessEqual(tf.max(perUnit, 0), 0), 'int32')));
    }
    return tf.stack(dead);
  });
  try {
    const values = await counts.data();
    return {
      epoch,
      samples: n,
      layers: measured.map((i, k) => ({
        name: (layers[i] as tfl.layers.Layer).name,
        units: units[k] as number,
        dead: values[k] as number,
      })),
    };
  } finally {
    counts.dispose();
  }
}
