/**
 * The pieces the layer kinds' shape rules are made of: results, messages
 * that say how to fix a shape, and Keras's sliding-window arithmetic.
 */
import type { Padding, Shape } from './layer-spec';

/** Output shape and parameter counts, or why the layer cannot take its input. */
export type ShapeResult =
  | { ok: true; shape: Shape; trainable: number; nonTrainable: number }
  | { ok: false; error: string };

export const ok = (shape: Shape, trainable: number, nonTrainable = 0): ShapeResult => ({
  ok: true,
  shape,
  trainable,
  nonTrainable,
});

export const fail = (error: string): ShapeResult => ({ ok: false, error });

export const fmtShape = (s: Shape): string => `[${s.join(', ')}]`;

/** Output length of a sliding window along one axis (Keras's conv_output_length). */
function windowOutput(size: number, window: number, stride: number, padding: Padding): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - window) / stride) + 1;
}

function needImage(input: Shape, label: string): string | null {
  if (input.length === 3) return null;
  return input.length === 1
    ? `${label} needs image input [height, width, channels], but gets the flat ${fmtShape(input)}. Put it before any Flatten or Dense layer, and use image data.`
    : `${label} needs input [height, width, channels]; it gets ${fmtShape(input)}.`;
}

/** Output height and width of a window slid over an image input, or why it cannot be. */
export function windowed(
  input: Shape,
  label: string,
  window: number,
  stride: number,
  padding: Padding,
  what: string,
): ShapeResult | Shape {
  const bad = needImage(input, label);
  if (bad) return fail(bad);
  const [h, w] = input as [number, number, number];
  if (padding === 'valid' && (window > h || window > w)) {
    return fail(
      `${label}: the ${window}×${window} ${what} is larger than its ${h}×${w} input. Use a smaller ${what}, 'same' padding, or fewer pooling layers before it.`,
    );
  }
  return [windowOutput(h, window, stride, padding), windowOutput(w, window, stride, padding)];
}
