/**
 * The colours canvases and SVG charts paint with, each defined once. A canvas
 * or an SVG attribute can't read the CSS custom properties cheaply, so these
 * are constants; the DOM's colours are the properties in app/styles.css.
 */
const BLUE = '#1f77d0';
const ORANGE = '#e66a1f';
/** Near-black, for marks that must stand out on any background. */
export const INK_COLOR = '#111';

/** Class colours (Tableau 10): points, boundary tints, probabilities. */
export const CLASS_COLORS = [
  ORANGE,
  BLUE,
  '#2ca02c',
  '#9467bd',
  '#d62728',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

export const TRAIN_COLOR = BLUE;
export const VAL_COLOR = ORANGE;
export const LR_COLOR = '#6a51a3';
export const GRID_COLOR = '#e3e6ea';
export const AXIS_TITLE_COLOR = '#808080';

/** The PNG export's background and header text (the page's surface and text colours). */
export const PNG_BACKGROUND = '#ffffff';
export const PNG_TEXT_COLOR = '#1c2026';

/** The scatter plot's axes, and the white edge that keeps points readable over a boundary. */
export const SCATTER_AXIS_COLOR = '#d0d4da';
export const POINT_EDGE_COLOR = 'rgba(255, 255, 255, 0.9)';

/** Weight histograms: the bars, the earlier epoch's outline, the hovered bin. */
export const HISTOGRAM_BAR_COLOR = BLUE;
export const HISTOGRAM_REF_COLOR = '#8a929c';
export const HISTOGRAM_HOVER_COLOR = 'rgba(0, 0, 0, 0.07)';

/** Predicted against actual: the points (the page's accent), its grid and the exact line. */
export const PRED_DOT_COLOR = '#1f6fd0';
export const PRED_GRID_COLOR = '#eceff3';
export const PRED_EXACT_COLOR = '#5c6470';

/** The raw per-batch series is drawn this faint behind the smoothed one. */
export const RAW_OPACITY = 0.25;
/** Charts with this many validation points or fewer mark each one with a dot. */
export const MAX_DOTTED_POINTS = 40;
