/**
 * How figures are written in the printed report, the comparison and the
 * README table. Pure.
 */
import { HEADLINES, type Figure, type Headline } from './results';

const isHeadline = (name: string): name is Headline => name in HEADLINES;

/** Decimals for a raw figure, from its name's unit suffix and its size. */
function digitsFor(name: string, value: number): number {
  if (isHeadline(name)) return HEADLINES[name].digits;
  if (Number.isInteger(value)) return 0;
  if (/Ratio$|^vs/.test(name)) return 2;
  const size = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  if (/(PerS|Ms|Bytes)$/.test(name)) return Math.min(size, 1);
  if (/[a-z0-9]S$/.test(name)) return 1;
  return size;
}

/** A number with thousands separators and `digits` decimals; '—' for null / NaN. */
export function formatNumber(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** One figure as shown: `1.10×`, `412 ms`, `3.2 s`, `1,234`; words as they are. */
export function formatFigure(name: string, value: Figure | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return String(value);
  const text = formatNumber(value, digitsFor(name, value));
  if (isHeadline(name)) {
    const unit = HEADLINES[name].unit;
    return unit === '×' ? `${text}×` : unit ? `${text} ${unit}` : text;
  }
  return text;
}

/** A headline's label (`p95 frame`), or a raw figure's own name. */
export const labelOf = (name: string): string => (isHeadline(name) ? HEADLINES[name].label : name);
