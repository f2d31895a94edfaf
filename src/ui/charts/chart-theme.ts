/** Colours and sizes the training charts share (and the PNG export draws). */
export const TRAIN_COLOR = '#1f77d0';
export const VAL_COLOR = '#e66a1f';
export const LR_COLOR = '#6a51a3';
export const GRID_COLOR = '#e3e6ea';
/** The raw per-batch series is drawn this faint behind the smoothed one. */
export const RAW_OPACITY = 0.25;
/** Charts with this many validation points or fewer mark each one with a dot. */
export const MAX_DOTTED_POINTS = 40;
/** Hovering one chart moves the cursor on the others to the same x. */
export const SYNC_ID = 'training-charts';
