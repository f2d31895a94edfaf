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

/** '#e66a1f' → [230, 106, 31]. */
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
  const row = Array.from(values.subarray(point * outputs, point * outputs + outputs));
  if (outputs === 1) {
    const p = Math.min(1, Math.max(0, row[0] ?? 0));
    return [1 - p, p];
  }
  const sum = row.reduce((a, b) => a + b, 0);
  if (row.every((v) => v >= 0 && v <= 1) && Math.abs(sum - 1) < 1e-3) return row;
  const max = Math.max(...row);
  const exps = row.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
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
  for (let i = 0; i < points; i++) {
    const p = classProbabilities(values, outputs, i);
    const k = p.length;
    let best = 0;
    for (let c = 1; c < k; c++) if ((p[c] as number) > (p[best] as number)) best = c;
    const color = (c: number) => colors[c % colors.length] ?? WHITE;
    let rgb: Rgb;
    if (discrete) {
      rgb = mix(WHITE, color(best), DISCRETE_STRENGTH);
    } else {
      const blend: Rgb = [0, 0, 0];
      for (let c = 0; c < k; c++) {
        const w = p[c] as number;
        const cc = color(c);
        blend[0] += cc[0] * w;
        blend[1] += cc[1] * w;
        blend[2] += cc[2] * w;
      }
      const confidence = k > 1 ? ((p[best] as number) - 1 / k) / (1 - 1 / k) : 1;
      rgb = mix(WHITE, blend, STRENGTH * Math.max(0, Math.min(1, confidence)));
    }
    out.set([Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2]), 255], i * 4);
  }
}

const LOW: Rgb = [31, 111, 208];
const MID: Rgb = [235, 235, 235];
const HIGH: Rgb = [230, 106, 31];

/** The blue → light → orange value ramp (the UI's valueColor) for t in [0, 1]. */
export function rampRgb(t: number): Rgb {
  const c = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0.5));
  return c < 0.5 ? mix(LOW, MID, c * 2) : mix(MID, HIGH, c * 2 - 1);
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
