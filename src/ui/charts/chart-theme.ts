/**
 * The colours canvases and SVG charts paint with, each defined once. Data
 * colours come from the one palette (core/palette.ts) and read on both
 * themes. The chrome (grid lines, axis text) is given here in its light-theme
 * form for SVG attributes and the PNG export; on the page, app/theme.css
 * restyles it for the current theme. Canvases sit on a light "paper"
 * background in either theme (see theme.css), so their colours are fixed.
 */
import {
  CLASS_COLORS as PALETTE_CLASSES,
  LR_SERIES_COLOR,
  TRAIN_SERIES_COLOR,
  VAL_SERIES_COLOR,
} from '../../core/palette';

/** Near-black, for marks that must stand out on the light plot paper. */
export const INK_COLOR = '#111';

/** Class colours (Okabe–Ito): points, boundary tints, probabilities, runs. */
export const CLASS_COLORS = PALETTE_CLASSES;

export const TRAIN_COLOR = TRAIN_SERIES_COLOR;
export const VAL_COLOR = VAL_SERIES_COLOR;
export const LR_COLOR = LR_SERIES_COLOR;
export const GRID_COLOR = '#e3e6ea';
export const AXIS_TITLE_COLOR = '#5c6470';

/** The PNG export's background and header text (the light theme's surface and text colours). */
export const PNG_BACKGROUND = '#ffffff';
export const PNG_TEXT_COLOR = '#1c2026';

/** The scatter plot's axes, and the white edge that keeps points readable over a boundary. */
export const SCATTER_AXIS_COLOR = '#c4c9d0';
export const POINT_EDGE_COLOR = 'rgba(255, 255, 255, 0.9)';

/** Weight histograms: the bars, the earlier epoch's outline, the hovered bin. */
export const HISTOGRAM_BAR_COLOR = TRAIN_SERIES_COLOR;
export const HISTOGRAM_REF_COLOR = '#6b7480';
export const HISTOGRAM_HOVER_COLOR = 'rgba(0, 0, 0, 0.07)';

/** Predicted against actual: the points, its grid and the exact line. */
export const PRED_DOT_COLOR = TRAIN_SERIES_COLOR;
export const PRED_GRID_COLOR = '#eceff3';
export const PRED_EXACT_COLOR = '#5c6470';

/** The raw per-batch series is drawn this faint behind the smoothed one. */
export const RAW_OPACITY = 0.25;
/** Charts with this many validation points or fewer mark each one with a dot. */
export const MAX_DOTTED_POINTS = 40;

/**
 * Whether a line of `points` marks each with a dot. While a run goes
 * (`runEpochs`: the epoch it ends at) the choice is made for its whole
 * length at its start: taking the dots off midway would redraw every line
 * at once.
 */
export const showsDots = (points: number, runEpochs: number | null): boolean =>
  Math.max(points, runEpochs ?? 0) <= MAX_DOTTED_POINTS;
