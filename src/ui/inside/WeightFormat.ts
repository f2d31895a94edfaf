/**
 * Number formatting and plain-language checks for the weight views.
 * Presentation only: the numbers come from the engine's summaries.
 */
import type { Histogram } from '../../core/insight/histogram';

/** A weight value, short: 4 significant digits, proper minus sign. */
export function fmtWeight(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e4 || a < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(3)));
  return s.replace('-', '−');
}

/** Large weights from here on are flagged as possibly exploding. */
const LARGE_WEIGHT = 10;

/**
 * One sentence on something worth noticing in a weight tensor's histogram,
 * or null: values that are NaN/∞, very large weights, or weights that have
 * not moved at all since an earlier summary (`first`, taken at `firstEpoch`).
 */
export function weightWarning(
  h: Histogram,
  role: string,
  first: Histogram | null,
  firstEpoch: number,
): string | null {
  if (h.nonFinite > 0)
    return `${h.nonFinite.toLocaleString('en-US')} values are NaN or infinite: training has diverged.`;
  const big = Math.max(Math.abs(h.min), Math.abs(h.max));
  if (big > LARGE_WEIGHT)
    return `Weights reach ${fmtWeight(big)}: they may be exploding. Try a lower learning rate or L2 regularisation.`;
  const same =
    first !== null &&
    h.n > 0 &&
    h.min === first.min &&
    h.max === first.max &&
    h.mean === first.mean &&
    h.std === first.std;
  if (same)
    return `This ${role} has not changed since epoch ${firstEpoch}: no gradient reaches it (dead units, or a learning rate of 0).`;
  return null;
}
