/**
 * Pure geometry and colouring of the decision-boundary heatmap: the points
 * of an R × R grid over the input plane, and how model outputs on those
 * points become RGBA pixels. No tfjs, no DOM: the engine evaluates the
 * grid, the UI puts the pixels on a canvas.
 *
 * Grid order: row 0 is the top edge (highest y), column 0 the left edge
 * (lowest x), so point i = row * R + col maps straight onto canvas pixel i.
 */
import { applyScaling, type InputScaling } from '../data/scaling';
import { DIVERGING_MIDDLE, DIVERGING_NEGATIVE, DIVERGING_POSITIVE } from '../palette';

/** Grid of the decision boundary: 100 × 100 points, evaluated in one batch. */
export const GRID_RESOLUTION = 100;
/** Coarser grid of the per-neuron maps (thumbnails and the big plot). */
export const NEURON_RESOLUTION = 40;

/** A rectangle of the input plane, in data units. */
export interface PlaneExtent {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export type Rgb = [number, number, number];

/**
 * The centres of an R × R grid of cells over `extent`, as model inputs.
 * @param scaling the dataset's input scaling, applied when set (the model
 *   was trained on scaled inputs)
 * @returns [R * R, 2] float32, row-major; row 0 = highest y
 */
export function gridPoints(
  extent: PlaneExtent,
  resolution: number,
  scaling?: InputScaling | null,
): Float32Array {
  const r = Math.max(1, Math.floor(resolution));
  const out = new Float32Array(r * r * 2);
  const dx = (extent.x1 - extent.x0) / r;
  const dy = (extent.y1 - extent.y0) / r;
  for (let row = 0; row < r; row++) {
    const y = extent.y1 - (row + 0.5) * dy;
    for (let col = 0; col < r; col++) {
      const i = (row * r + col) * 2;
      out[i] = extent.x0 + (col + 0.5) * dx;
      out[i + 1] = y;
    }
  }
  applyScaling(out, scaling);
  return out;
}

/** '#e69f00' → [230, 159, 0]. */
export function hexRgb(hex: string): Rgb {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) || 0) as Rgb;
}

/**
 * Class probabilities of one grid point from `outputs` model outputs.
 * One output is a sigmoid head: [1 − p, p]. Outputs that are not a
 * distribution (a loaded model ending in logits) go through a softmax.
 * @param values [points, outputs] row-major
 * @returns [classes] probabilities (a new array)
 */
export function classProbabilities(values: Float32Array, outputs: number, point: number): number[] {
  const out = new Float64Array(Math.max(2, outputs));
  const k = probabilitiesInto(values, outputs, point, out);
  return Array.from(out.subarray(0, k));
}

/**
 * classProbabilities without allocating: writes into `out` (length ≥
 * max(2, outputs)) and returns how many classes it wrote. The boundary
 * paints 10,000 points per map, so this runs in a tight loop.
 */
function probabilitiesInto(
  values: Float32Array,
  outputs: number,
  point: number,
  out: Float64Array,
): number {
  const base = point * outputs;
  if (outputs === 1) {
    const p = Math.min(1, Math.max(0, values[base] ?? 0));
    out[0] = 1 - p;
    out[1] = p;
    return 2;
  }
  let sum = 0;
  let inUnit = true;
  let max = -Infinity;
  for (let c = 0; c < outputs; c++) {
    const v = values[base + c] as number;
    out[c] = v;
    sum += v;
    if (!(v >= 0 && v <= 1)) inUnit = false;
    if (v > max) max = v;
  }
  if (inUnit && Math.abs(sum - 1) < 1e-3) return outputs;
  let total = 0;
  for (let c = 0; c < outputs; c++) {
    const e = Math.exp((out[c] as number) - max);
    out[c] = e;
    total += e;
  }
  for (let c = 0; c < outputs; c++) out[c] = (out[c] as number) / total;
  return outputs;
}

const WHITE: Rgb = [255, 255, 255];
/** How much of the class colour shows at full confidence (the rest is white, so points stand out). */
const STRENGTH = 0.7;
/** The discretised view: one flat, light tint per class. */
const DISCRETE_STRENGTH = 0.45;

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/**
 * Paint classification outputs: class colours blended by probability and
 * faded to white where the model is unsure (confidence = how far the top
 * probability is above chance). `discrete`: the argmax class's colour only.
 * @param values [points, outputs] row-major
 * @param out RGBA pixels, 4 * points bytes
 */
export function paintClasses(
  values: Float32Array,
  outputs: number,
  colors: Rgb[],
  discrete: boolean,
  out: Uint8ClampedArray,
): void {
  const points = Math.floor(values.length / outputs);
  const p = new Float64Array(Math.max(2, outputs));
  const palette = Array.from(
    { length: Math.max(2, outputs) },
    (_, c) => colors[c % colors.length] ?? WHITE,
  );
  for (let i = 0; i < points; i++) {
    const k = probabilitiesInto(values, outputs, i, p);
    let best = 0;
    for (let c = 1; c < k; c++) if ((p[c] as number) > (p[best] as number)) best = c;
    let r: number;
    let g: number;
    let b: number;
    let t: number;
    if (discrete) {
      const col = palette[best] as Rgb;
      [r, g, b] = col;
      t = DISCRETE_STRENGTH;
    } else {
      r = 0;
      g = 0;
      b = 0;
      for (let c = 0; c < k; c++) {
        const w = p[c] as number;
        const cc = palette[c] as Rgb;
        r += cc[0] * w;
        g += cc[1] * w;
        b += cc[2] * w;
      }
      const confidence = k > 1 ? ((p[best] as number) - 1 / k) / (1 - 1 / k) : 1;
      t = STRENGTH * Math.max(0, Math.min(1, confidence));
    }
    const o = i * 4;
    out[o] = Math.round(WHITE[0] + (r - WHITE[0]) * t);
    out[o + 1] = Math.round(WHITE[1] + (g - WHITE[1]) * t);
    out[o + 2] = Math.round(WHITE[2] + (b - WHITE[2]) * t);
    out[o + 3] = 255;
  }
}

/** The value ramp's low end, middle and high end (the palette's diverging pair); the UI's ramp legend shows the same three. */
export const RAMP_LOW: Rgb = [...DIVERGING_NEGATIVE];
export const RAMP_MID: Rgb = [...DIVERGING_MIDDLE];
export const RAMP_HIGH: Rgb = [...DIVERGING_POSITIVE];

/** The blue → light → vermillion value ramp (the UI's valueColor) for t in [0, 1]. */
export function rampRgb(t: number): Rgb {
  const c = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0.5));
  return c < 0.5 ? mix(RAMP_LOW, RAMP_MID, c * 2) : mix(RAMP_MID, RAMP_HIGH, c * 2 - 1);
}

/**
 * Paint one value per point on the value ramp between `min` and `max`
 * (regression outputs, or one neuron's activations).
 * @param bands when > 1, only that many flat colours (the discretised view)
 * @param values [points, stride] row-major; `channel` picks the column
 * @param out RGBA pixels, 4 * points bytes
 */
export function paintValues(
  values: Float32Array,
  stride: number,
  channel: number,
  min: number,
  max: number,
  out: Uint8ClampedArray,
  bands = 0,
): void {
  const points = Math.floor(values.length / stride);
  const span = max - min || 1;
  for (let i = 0; i < points; i++) {
    let t = ((values[i * stride + channel] as number) - min) / span;
    // Discretised: the centre of one of `bands` equal steps of the ramp.
    if (bands > 1) t = (Math.min(bands - 1, Math.max(0, Math.floor(t * bands))) + 0.5) / bands;
    const rgb = rampRgb(t);
    out.set([Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2]), 255], i * 4);
  }
}

/**
 * The symmetric range of one channel, for neuron maps: [−m, m] with m the
 * largest |value| (so 0 is the light middle of the ramp). m is at least 1e-6.
 */
export function symmetricRange(
  values: Float32Array,
  stride: number,
  channel: number,
): [number, number] {
  let m = 1e-6;
  for (let i = channel; i < values.length; i += stride) {
    const v = Math.abs(values[i] as number);
    if (v > m) m = v;
  }
  return [-m, m];
}

/** One hidden unit: index of its hidden layer (0-based) and of the unit in it. */
export interface NeuronRef {
  layer: number;
  unit: number;
}

/** How the 2-D plane is drawn (plain UI state, kept in the store). */
export interface BoundaryView {
  /** Draw the decision boundary behind the points. */
  show: boolean;
  showTest: boolean;
  /** Only the predicted class's colour, no confidence shading. */
  discrete: boolean;
  /** The hidden unit whose map the plot shows instead of the output (chosen by click). */
  neuron: NeuronRef | null;
  /** A unit under the pointer or focus: shown while it is there. */
  hover: NeuronRef | null;
}

export const DEFAULT_BOUNDARY_VIEW: BoundaryView = {
  show: true,
  showTest: true,
  discrete: false,
  neuron: null,
  hover: null,
};
