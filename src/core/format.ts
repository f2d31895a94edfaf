/** Number formatting shared by the UI and messages, in the current locale. */
import { currentLocale } from '../i18n';

/** 12,345 */
export const formatInt = (n: number): string => Math.round(n).toLocaleString(currentLocale());

/** A count or other number in the current locale, as `toLocaleString` would write it. */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions): string =>
  n.toLocaleString(currentLocale(), options);

/** A moment as the locale writes a date and time. */
export const formatDateTime = (at: string | number | Date): string =>
  new Date(at).toLocaleString(currentLocale());

/** A loss or metric with 4 significant decimals; "—" for missing. */
export function formatMetric(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (!Number.isFinite(v)) return String(v);
  return v.toFixed(4);
}

/** 0.912 -> "91.2%" */
export function formatPercent(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
}

/** Bytes as B / KB / MB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** ms as "1.2 s" / "3 min 4 s". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}
