/**
 * A drawn digit → the 28 × 28 input the digits model was trained on, made
 * the way the MNIST digits were prepared: the ink's bounding box is scaled
 * (keeping its aspect ratio, with area averaging) to fit a 20 × 20 box,
 * then placed in a 28 × 28 image so that its centre of mass is at the
 * centre. Ink is 1, background 0, as in core/data/digits.ts. Pure: the page
 * reads the canvas and hands the ink here.
 */

/** Side of the model input, in pixels. */
export const DIGIT_SIDE = 28;
/** Side of the box the ink is scaled into (MNIST: 20). */
const DIGIT_BOX = 20;
/** Ink below this counts as background when finding the bounding box. */
const INK_MIN = 0.05;

/** Ink of a drawing, row-major. */
export interface InkImage {
  width: number;
  height: number;
  /** [height, width] ink in [0, 1]: 0 background, 1 full ink. */
  ink: Float32Array;
}

/**
 * The model input for a drawing.
 * @returns [28, 28] float32 in [0, 1], row-major; null when nothing is drawn
 */
export function digitInput(img: InkImage): Float32Array | null {
  const box = inkBox(img);
  if (!box) return null;
  const bw = box.x1 - box.x0;
  const bh = box.y1 - box.y0;
  const s = DIGIT_BOX / Math.max(bw, bh);
  const tw = Math.max(1, Math.round(bw * s));
  const th = Math.max(1, Math.round(bh * s));
  const small = resample(img, box, tw, th);
  const com = centreOfMass(small, tw, th);
  // Shift whole pixels so the centre of mass lands on the image centre, staying inside it.
  const clamp = (v: number, size: number) => Math.min(Math.max(v, 0), DIGIT_SIDE - size);
  const ox = clamp(Math.round(DIGIT_SIDE / 2 - com.x), tw);
  const oy = clamp(Math.round(DIGIT_SIDE / 2 - com.y), th);
  const out = new Float32Array(DIGIT_SIDE * DIGIT_SIDE);
  for (let y = 0; y < th; y++) {
    out.set(small.subarray(y * tw, y * tw + tw), (y + oy) * DIGIT_SIDE + ox);
  }
  return out;
}

/** Bounding box of the ink, [x0, x1) × [y0, y1), or null when there is none. */
export function inkBox(img: InkImage): { x0: number; y0: number; x1: number; y1: number } | null {
  let x0 = img.width;
  let y0 = img.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if ((img.ink[y * img.width + x] as number) < INK_MIN) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/**
 * Area-average the box of `img` into tw × th pixels: each output pixel is the
 * mean ink of the source area it covers (fractional pixels weighted).
 */
function resample(
  img: InkImage,
  box: { x0: number; y0: number; x1: number; y1: number },
  tw: number,
  th: number,
): Float32Array {
  const out = new Float32Array(tw * th);
  const sx = (box.x1 - box.x0) / tw;
  const sy = (box.y1 - box.y0) / th;
  for (let ty = 0; ty < th; ty++) {
    const ya = box.y0 + ty * sy;
    const yb = ya + sy;
    for (let tx = 0; tx < tw; tx++) {
      const xa = box.x0 + tx * sx;
      const xb = xa + sx;
      let sum = 0;
      for (let y = Math.floor(ya); y < Math.ceil(yb); y++) {
        const wy = Math.min(yb, y + 1) - Math.max(ya, y);
        for (let x = Math.floor(xa); x < Math.ceil(xb); x++) {
          const wx = Math.min(xb, x + 1) - Math.max(xa, x);
          sum += wx * wy * (img.ink[y * img.width + x] as number);
        }
      }
      out[ty * tw + tx] = Math.min(1, sum / (sx * sy));
    }
  }
  return out;
}

/** Ink-weighted mean position, in pixel units of a w × h image (pixel centres at +0.5). */
function centreOfMass(px: Float32Array, w: number, h: number): { x: number; y: number } {
  let m = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = px[y * w + x] as number;
      m += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  return m > 0 ? { x: mx / m, y: my / m } : { x: w / 2, y: h / 2 };
}
