/** Finding the drawn point nearest to an x value, for hover and the keyboard. */

/**
 * Index of the point in `points` (sorted by x, ascending) whose x is nearest
 * to `x`; the earlier one on a tie; -1 for no points.
 */
export function nearestIndex(points: readonly { x: number }[], x: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as { x: number }).x < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  const before = (points[lo - 1] as { x: number }).x;
  const at = (points[lo] as { x: number }).x;
  return x - before <= at - x ? lo - 1 : lo;
}
