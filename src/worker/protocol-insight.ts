/**
 * What crosses the engine worker's boundary about the inside of a model:
 * weight summaries and filters, and the boundary and neuron grids. Part of
 * the protocol (protocol.ts re-exports it); no tfjs, nothing that holds a tensor.
 */
import type { PlaneExtent } from '../core/insight/grid';
import type { Histogram } from '../core/insight/histogram';
import type { InputScaling } from '../core/data/scaling';

// ---- Inside the network ----------------------------------------------------

/** One weight tensor of a layer, summarised. */
interface WeightTensorSummary {
  /** What it is in its layer: "kernel", "bias", "gamma", "beta", ... */
  role: string;
  /** Its shape, e.g. a Dense kernel [inputs, units], a Conv2D kernel [kh, kw, in, out]. */
  shape: number[];
  /** Number of values in it. */
  count: number;
  /** 1 when every value was read; k when every k-th was (big models). */
  stride: number;
  histogram: Histogram;
}

/** A layer with trainable weights. */
export interface LayerWeights {
  /** The layer's name in the model, e.g. "dense_1" or "output". */
  name: string;
  /** tfjs class name, e.g. "Dense", "Conv2D", "BatchNormalization". */
  className: string;
  /** Trainable parameters in the layer. */
  params: number;
  weights: WeightTensorSummary[];
}

/** The first layer's Conv2D kernel, for drawing each filter. */
export interface ConvFilters {
  layer: string;
  kh: number;
  kw: number;
  inChannels: number;
  outChannels: number;
  /** The kernel, layout [kh, kw, inChannels, outChannels], row-major. */
  values: Float32Array;
}

/** The weights of a model at one point of its training. */
export interface WeightSummary {
  /** Epochs trained when it was taken (0 = initial weights). */
  epoch: number;
  layers: LayerWeights[];
  /** First-layer filters, or null when the first weighted layer is not a Conv2D. */
  filters: ConvFilters | null;
  /** Trainable parameters in the model. */
  totalParams: number;
  /** Why some values were sampled or filters left out, or null. */
  note: string | null;
}

export interface GridRequest {
  /** The plane, in the data's raw units. */
  extent: PlaneExtent;
  /** Points per side of the boundary grid (e.g. 100). */
  resolution: number;
  /** The dataset's input scaling, applied to the grid points when set. */
  scaling?: InputScaling | null;
  /** Points per side of the per-neuron maps; omitted: none. */
  neuronResolution?: number;
}

/** One hidden Dense layer's units over the neuron grid. */
interface NeuronLayer {
  /** The Dense layer's name, e.g. "dense_1". */
  name: string;
  units: number;
  /** [R * R, units] float32, row-major: activation after the layer's activation. */
  values: Float32Array;
}

export interface NeuronMaps {
  resolution: number;
  layers: NeuronLayer[];
}

export interface GridResult {
  resolution: number;
  /** Model outputs per point: classes (1 for a sigmoid head) or regression targets. */
  outputs: number;
  /** [R * R, outputs] float32, row-major; row 0 of the grid is its top edge. */
  values: Float32Array;
  /** Per-neuron maps when asked for and the network is small enough. */
  neurons: NeuronMaps | null;
  /** Why there are no neuron maps although they were asked for, or null. */
  neuronProblem: string | null;
}
