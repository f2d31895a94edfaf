/**
 * The pieces the layer kinds' shape rules are made of: results, messages
 * that say how to fix a shape, and Keras's sliding-window arithmetic.
 */
import { t } from '../../i18n';
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
    ? t('network:shapes.imageFlat', { layer: label, shape: fmtShape(input) })
    : t('network:shapes.imageOther', { layer: label, shape: fmtShape(input) });
}

/**
 * Output height and width of a window slid over an image input, or why it cannot be.
 * @param label the layer kind's name, as messages start with it
 * @param what a convolution's kernel or a pooling window
 */
export function windowed(
  input: Shape,
  label: string,
  window: number,
  stride: number,
  padding: Padding,
  what: 'kernel' | 'pool',
): ShapeResult | Shape {
  const bad = needImage(input, label);
  if (bad) return fail(bad);
  const [h, w] = input as [number, number, number];
  if (padding === 'valid' && (window > h || window > w)) {
    const values = { layer: label, size: window, height: h, width: w };
    return fail(
      what === 'kernel'
        ? t('network:shapes.kernelTooLarge', values)
        : t('network:shapes.poolTooLarge', values),
    );
  }
  return [windowOutput(h, window, stride, padding), windowOutput(w, window, stride, padding)];
}
