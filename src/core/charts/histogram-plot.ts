/**
 * Geometry of a weight histogram drawn on a canvas: the bars, the step
 * outline of an earlier epoch laid over them, and the bin under a pointer.
 * Pure: no DOM. Coordinates are in whatever unit the caller paints in
 * (device pixels, so that bar edges fall on whole pixels), y pointing down.
 */

/** The plot area, from (0, 0) at its top left. */
export interface PlotBox {
  width: number;
  height: number;
}

/** One bar, in the plot's coordinates. */
export interface Bar {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A bar with a count above zero is at least this tall, so a lone outlier stays visible. */
export const MIN_BAR_PX = 1;

/** The count at the top of the plot: the highest bar or outline value, at least 1. */
export function histogramTop(counts: readonly number[], outline: readonly number[] | null): number {
  let top = 1;
  for (const c of counts) if (c > top) top = c;
  if (outline) for (const c of outline) if (c > top) top = c;
  return top;
}

/** Left edge of bin `i` of `bins` across `width`, on a whole unit. */
const edge = (i: number, bins: number, width: number) => Math.round((i * width) / bins);

/**
 * One bar per bin, side by side with no gap across the width (edges
 * rounded, so neighbours share an edge), rising from the bottom to
 * `count / top` of the height. An empty bin has height 0; any other is at
 * least {@link MIN_BAR_PX} tall.
 */
export function histogramBars(counts: readonly number[], top: number, box: PlotBox): Bar[] {
  const k = counts.length;
  return counts.map((c, i) => {
    const x = edge(i, k, box.width);
    const h = c <= 0 ? 0 : Math.min(box.height, Math.max(MIN_BAR_PX, (c / top) * box.height));
    return { x, y: box.height - h, w: edge(i + 1, k, box.width) - x, h };
  });
}

/**
 * The vertices of a step line over the same bins: flat across each bin at
 * its value, vertical between bins; starts at the left edge and ends at the
 * right one.
 */
export function stepOutline(
  values: readonly number[],
  top: number,
  box: PlotBox,
): [number, number][] {
  const k = values.length;
  const out: [number, number][] = [];
  values.forEach((v, i) => {
    const y = box.height - Math.min(1, Math.max(0, v / top)) * box.height;
    out.push([edge(i, k, box.width), y], [edge(i + 1, k, box.width), y]);
  });
  return out;
}

/** The bin under `x` (same unit as `width`), or null when x lies outside the plot. */
export function binAt(x: number, bins: number, width: number): number | null {
  if (bins < 1 || width <= 0 || !(x >= 0) || x > width) return null;
  return Math.min(bins - 1, Math.floor((x / width) * bins));
}
