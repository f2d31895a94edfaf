/**
 * Number formatting and plain-language checks for the weight views.
 * Presentation only: the numbers come from the engine's summaries.
 */
import { formatInt } from '../../core/format';
import type { Histogram } from '../../core/insight/histogram';
import { t } from '../../i18n';

/** A weight value, short: 4 significant digits, proper minus sign. */
export function fmtWeight(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e4 || a < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(3)));
  return s.replace('-', '−');
}

/** The weight roles the engine names (the last part of a variable's name) that have words of their own. */
const ROLES = ['kernel', 'bias', 'gamma', 'beta'] as const;
type Role = (typeof ROLES)[number];
const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** A weight tensor's role in the current language ("kernel", "bias"); an unknown one as it is. */
export const roleName = (role: string): string =>
  isRole(role) ? t(`inside:weights.role.${role}`) : role;

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
  if (h.nonFinite > 0) return t('inside:warning.nonFinite', { n: formatInt(h.nonFinite) });
  const big = Math.max(Math.abs(h.min), Math.abs(h.max));
  if (big > LARGE_WEIGHT) return t('inside:warning.large', { value: fmtWeight(big) });
  const same =
    first !== null &&
    h.n > 0 &&
    h.min === first.min &&
    h.max === first.max &&
    h.mean === first.mean &&
    h.std === first.std;
  if (same) return t('inside:warning.unchanged', { role: roleName(role), epoch: firstEpoch });
  return null;
}
