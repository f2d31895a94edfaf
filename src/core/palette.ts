/**
 * The one colour palette every view paints with, chosen to stay apart for
 * the common colour-vision deficiencies: the Okabe–Ito set for classes (and
 * runs), and a blue ↔ vermillion diverging pair for signed values (weights,
 * activations, regression outputs). Pure data: the UI reads it for canvases
 * and SVG, and writes the same values into CSS custom properties.
 */

/**
 * Class colours, in order: Okabe–Ito's orange, blue, bluish green,
 * vermillion, reddish purple, sky blue and yellow, then a mid grey (in place
 * of Okabe–Ito's black, which vanishes on a dark page), and a brown and a
 * dark purple so ten digit classes each have their own.
 */
export const CLASS_COLORS: readonly string[] = [
  '#e69f00',
  '#0072b2',
  '#009e73',
  '#d55e00',
  '#cc79a7',
  '#56b4e9',
  '#f0e442',
  '#8c8c8c',
  '#8c510a',
  '#6a3d9a',
];

/** Signed values: negative end, zero and positive end of the diverging ramp, as [r, g, b]. */
export const DIVERGING_NEGATIVE: readonly [number, number, number] = [0, 114, 178];
export const DIVERGING_MIDDLE: readonly [number, number, number] = [235, 235, 235];
export const DIVERGING_POSITIVE: readonly [number, number, number] = [213, 94, 0];

/** Training and validation series (blue and vermillion: 3:1 or more on both themes' surfaces). */
export const TRAIN_SERIES_COLOR = '#0072b2';
export const VAL_SERIES_COLOR = '#d55e00';
/** The learning-rate series: reddish purple. */
export const LR_SERIES_COLOR = '#cc79a7';
