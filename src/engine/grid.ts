/**
 * Evaluating the model over a grid of the 2-D input plane: the decision
 * boundary (one batched `model.predict` over all R × R points, one async
 * read) and, for small MLPs, every hidden unit's activation over a coarser
 * grid (one pass through the layers, one read). Returns plain arrays only.
 *
 * The hidden activations are computed by applying the model's own layers to
 * a concrete tensor inside `tf.tidy`, not through a sub-model: a
 * `tf.model({ inputs, outputs: hiddenLayer.output })` shares the layers but
 * not their reference counts, so disposing it would dispose the main
 * model's weights, and keeping it would tie a second graph to the model.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { gridPoints } from '../core/insight/grid';
import type { GridRequest, GridResult, NeuronMaps } from '../worker/protocol';

/** Per-neuron maps are drawn for networks up to this size (TF Playground's scale). */
const NEURON_LIMITS = { hiddenLayers: 6, unitsPerLayer: 8 } as const;

/** Layers that act point-wise on a Dense layer's units, shown with that layer. */
const FOLLOWERS = new Set([
  'Activation',
  'LeakyReLU',
  'ReLU',
  'ELU',
  'Softmax',
  'ThresholdedReLU',
  'Dropout',
  'GaussianNoise',
  'GaussianDropout',
  'AlphaDropout',
  'BatchNormalization',
  'LayerNormalization',
]);

type Plan = { ok: true; groups: { dense: tfl.layers.Layer; layers: tfl.layers.Layer[] }[] };

/**
 * How to read a model's hidden units, or why it cannot be drawn unit by unit:
 * 2 inputs, only Dense layers and point-wise layers after them, at most
 * NEURON_LIMITS hidden layers of NEURON_LIMITS units.
 */
export function neuronPlan(model: tfl.LayersModel): Plan | { ok: false; problem: string } {
  const inShape = model.inputs[0]?.shape ?? [];
  if (model.inputs.length !== 1 || inShape.length !== 2 || inShape[1] !== 2)
    return { ok: false, problem: t('engine:neurons.planeInputs') };
  const layers = model.layers.filter((l) => l.getClassName() !== 'InputLayer');
  // The plan runs layers one after another: a graph that branches or merges cannot be read so.
  const chained = layers.every(
    (l, i) =>
      l.inboundNodes.length === 1 &&
      l.inboundNodes[0]?.inboundLayers.length === 1 &&
      (i === 0 || l.inboundNodes[0].inboundLayers[0] === layers[i - 1]),
  );
  if (!chained)
    return {
      ok: false,
      problem: t('engine:neurons.branches'),
    };
  const groups: { dense: tfl.layers.Layer; layers: tfl.layers.Layer[] }[] = [];
  for (const layer of layers) {
    const kind = layer.getClassName();
    if (kind === 'Dense') groups.push({ dense: layer, layers: [layer] });
    else if (FOLLOWERS.has(kind) && groups.length > 0) groups.at(-1)?.layers.push(layer);
    else
      return {
        ok: false,
        problem: t('engine:neurons.notMlp', { kind }),
      };
  }
  // The last Dense group is the output layer.
  const hidden = groups.slice(0, -1);
  if (hidden.length === 0)
    return {
      ok: false,
      problem: t('engine:neurons.noHidden'),
    };
  const widest = Math.max(...hidden.map((g) => (g.dense.getConfig()['units'] as number) ?? 0));
  if (hidden.length > NEURON_LIMITS.hiddenLayers || widest > NEURON_LIMITS.unitsPerLayer)
    return {
      ok: false,
      problem: t('engine:neurons.tooBig', {
        layers: NEURON_LIMITS.hiddenLayers,
        units: NEURON_LIMITS.unitsPerLayer,
        hidden: hidden.length,
        widest,
      }),
    };
  return { ok: true, groups: hidden };
}

async function neuronMaps(
  model: tfl.LayersModel,
  req: GridRequest,
  resolution: number,
): Promise<{ maps: NeuronMaps | null; problem: string | null }> {
  const plan = neuronPlan(model);
  if (!plan.ok) return { maps: null, problem: plan.problem };
  const points = gridPoints(req.extent, resolution, req.scaling);
  const n = resolution * resolution;
  const all = tf.tidy(() => {
    let x: tf.Tensor = tf.tensor2d(points, [n, 2]);
    const outs: tf.Tensor[] = [];
    for (const group of plan.groups) {
      for (const layer of group.layers) x = layer.apply(x, { training: false }) as tf.Tensor;
      outs.push(x);
    }
    return tf.concat(outs, 1);
  });
  const flat = (await all.data()) as Float32Array;
  const total = all.shape[1] ?? 0;
  all.dispose();
  let offset = 0;
  const layers = plan.groups.map((g) => {
    const units = g.dense.getConfig()['units'] as number;
    const values = new Float32Array(n * units);
    for (let i = 0; i < n; i++)
      values.set(flat.subarray(i * total + offset, i * total + offset + units), i * units);
    offset += units;
    return { name: g.dense.name, units, values };
  });
  return { maps: { resolution, layers }, problem: null };
}

/**
 * Points per pass of the grid's predict: the default `model.predict` batch
 * (32) would cut a 100 × 100 grid into 313 passes of a few tiny kernels each.
 */
const GRID_BATCH = 16_384;

/**
 * Evaluate `model` over an R × R grid of the plane in one batched predict.
 * @returns plain arrays; no tensor outlives the call
 * @throws when the model does not take 2 inputs
 */
export async function predictGrid(model: tfl.LayersModel, req: GridRequest): Promise<GridResult> {
  const inShape = model.inputs[0]?.shape ?? [];
  if (model.inputs.length !== 1 || inShape.length !== 2 || (inShape[1] ?? 2) !== 2)
    throw new Error(t('engine:shapes.boundary', { shape: inShape.slice(1).join(', ') }));
  const resolution = Math.max(2, Math.min(400, Math.floor(req.resolution)));
  const n = resolution * resolution;
  const points = gridPoints(req.extent, resolution, req.scaling);
  const out = tf.tidy(
    () => model.predict(tf.tensor2d(points, [n, 2]), { batchSize: GRID_BATCH }) as tf.Tensor,
  );
  const values = (await out.data()) as Float32Array;
  const outputs = out.shape[1] ?? 1;
  out.dispose();
  const nr = req.neuronResolution;
  const neurons = nr
    ? await neuronMaps(model, req, Math.max(2, Math.min(100, Math.floor(nr))))
    : { maps: null, problem: null };
  return { resolution, outputs, values, neurons: neurons.maps, neuronProblem: neurons.problem };
}
