/**
 * Summaries of a live model's weights for the "Inside the network" views:
 * per trainable layer, a histogram of each weight tensor (kernel, bias,
 * gamma, ...), and the first layer's Conv2D filters. Outward it speaks
 * plain numbers only.
 *
 * Reading is split in two so training never waits on it: `captureWeights`
 * copies what is needed into ONE flat tensor synchronously (queued on the
 * backend, so the copy is exactly the weights at that moment), and
 * `readCapture` does the one async read and builds the summary.
 *
 * Big models: when a model has more than SAMPLE_ABOVE trainable
 * parameters, each weight tensor larger than FULL_UP_TO values is read with
 * a stride (every k-th value) so at most about SAMPLE_ABOVE values are read
 * per summary; the summary says so in `note`. Small tensors (biases, typical
 * first-layer filters) are always read in full.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { formatInt } from '../core/format';
import { histogram } from '../core/insight/histogram';
import type { ConvFilters, LayerWeights, WeightSummary } from '../worker/protocol';

/** Above this many trainable parameters, large weight tensors are sampled. */
const SAMPLE_ABOVE = 1_000_000;
/** Tensors up to this many values are always read in full. */
const FULL_UP_TO = 65_536;

interface Part {
  layer: number;
  role: string;
  shape: number[];
  count: number;
  stride: number;
  /** Values this part has in the flat capture. */
  read: number;
}

/** A copy of the weights on the backend, waiting to be read. Owns one tensor. */
export interface WeightCapture {
  epoch: number;
  /** 1-D float32: every part's (sampled) values, one after another; null when there are none. */
  flat: tf.Tensor1D | null;
  parts: Part[];
  layers: { name: string; className: string; params: number }[];
  /** Index into `parts` of the first layer's Conv2D kernel, or -1. */
  filterPart: number;
  totalParams: number;
  dispose(): void;
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
const roleOf = (name: string) => (name.split('/').at(-1) ?? name).replace(/_\d+$/, '');

/** Layers with trainable weights, in model order. */
function weightedLayers(model: tfl.LayersModel): tfl.layers.Layer[] {
  return model.layers.filter((l) => l.trainable && l.trainableWeights.length > 0);
}

/**
 * Copy the model's trainable weights into one flat tensor (synchronous;
 * the read comes later). Dispose the capture if it is never read.
 * @param epoch epochs trained at this moment (0 = initial weights)
 */
export function captureWeights(model: tfl.LayersModel, epoch: number): WeightCapture {
  const layers = weightedLayers(model);
  const totalParams = layers.reduce(
    (n, l) => n + l.trainableWeights.reduce((m, w) => m + size(w.shape as number[]), 0),
    0,
  );
  const stride = totalParams > SAMPLE_ABOVE ? Math.ceil(totalParams / SAMPLE_ABOVE) : 1;
  const parts: Part[] = [];
  const tensors: tf.Tensor[] = [];
  let filterPart = -1;
  if (layers.length === 0) {
    return { epoch, flat: null, parts, layers: [], filterPart, totalParams, dispose: () => {} };
  }
  const flat = tf.tidy((): tf.Tensor1D => {
    layers.forEach((layer, li) => {
      for (const w of layer.trainableWeights) {
        const shape = w.shape as number[];
        const count = size(shape);
        const s = count > FULL_UP_TO ? stride : 1;
        const t = tf.reshape(w.read(), [count]);
        const sampled = s === 1 ? t : tf.stridedSlice(t, [0], [count], [s]);
        const role = roleOf(w.name);
        if (li === 0 && role === 'kernel' && layer.getClassName() === 'Conv2D' && s === 1)
          filterPart = parts.length;
        parts.push({ layer: li, role, shape, count, stride: s, read: sampled.shape[0] });
        tensors.push(sampled);
      }
    });
    return tf.concat(tensors) as tf.Tensor1D;
  });
  return {
    epoch,
    flat,
    parts,
    layers: layers.map((l) => ({
      name: l.name,
      className: l.getClassName(),
      params: l.trainableWeights.reduce((m, w) => m + size(w.shape as number[]), 0),
    })),
    filterPart,
    totalParams,
    dispose: () => flat.dispose(),
  };
}

/** Read a capture back (one async read), summarise it and dispose it. */
export async function readCapture(c: WeightCapture): Promise<WeightSummary> {
  let values: Float32Array;
  try {
    values = c.flat ? ((await c.flat.data()) as Float32Array) : new Float32Array(0);
  } finally {
    c.dispose();
  }
  const layers: LayerWeights[] = c.layers.map((l) => ({ ...l, weights: [] }));
  let offset = 0;
  let filters: ConvFilters | null = null;
  c.parts.forEach((p, i) => {
    const slice = values.subarray(offset, offset + p.read);
    offset += p.read;
    layers[p.layer]?.weights.push({
      role: p.role,
      shape: p.shape,
      count: p.count,
      stride: p.stride,
      histogram: histogram(slice),
    });
    if (i === c.filterPart) {
      const [kh, kw, inChannels, outChannels] = p.shape as [number, number, number, number];
      const name = c.layers[p.layer]?.name ?? '';
      filters = { layer: name, kh, kw, inChannels, outChannels, values: slice.slice() };
    }
  });
  const sampled = c.parts.some((p) => p.stride > 1);
  const firstIsConv = c.layers[0]?.className === 'Conv2D';
  const candidates: (string | false)[] = [
    sampled &&
      t('engine:weights.sampled', {
        params: formatInt(c.totalParams),
        limit: formatInt(FULL_UP_TO),
        stride: c.parts.find((p) => p.stride > 1)?.stride ?? 1,
      }),
    firstIsConv && c.filterPart < 0 && t('engine:weights.bigKernel'),
  ];
  const notes = candidates.filter((n): n is string => typeof n === 'string');
  return {
    epoch: c.epoch,
    layers,
    filters,
    totalParams: c.totalParams,
    note: notes.length > 0 ? notes.join(' ') : null,
  };
}

/** Summarise the model's weights now (capture + read). */
export function summarizeWeights(model: tfl.LayersModel, epoch: number): Promise<WeightSummary> {
  return readCapture(captureWeights(model, epoch));
}

/**
 * The first weighted layer's Conv2D kernel, read on its own, or null when
 * that layer is not a Conv2D.
 */
export async function firstConvFilters(model: tfl.LayersModel): Promise<ConvFilters | null> {
  const layer = weightedLayers(model)[0];
  if (!layer || layer.getClassName() !== 'Conv2D') return null;
  const kernel = layer.trainableWeights.find((w) => roleOf(w.name) === 'kernel');
  if (!kernel) return null;
  const [kh, kw, inChannels, outChannels] = kernel.shape as [number, number, number, number];
  // read() hands back the variable itself: nothing new to dispose.
  const values = (await kernel.read().data()) as Float32Array;
  return { layer: layer.name, kh, kw, inChannels, outChannels, values: values.slice() };
}
