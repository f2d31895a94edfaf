/** Number formatting shared by the UI and messages, in the current locale. */
import { currentLocale } from '../i18n';

/**
 * One formatter per locale and options: `toLocaleString` with a locale
 * builds a new one on every call, and the training views format numbers on
 * every redraw.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatterFor(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = currentLocale();
  const key = options ? `${locale} ${JSON.stringify(options)}` : locale;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** 12,345 */
export const formatInt = (n: number): string => formatterFor().format(Math.round(n));

/** A count or other number in the current locale, as `toLocaleString` would write it. */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions): string =>
  formatterFor(options).format(n);

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

/** Bytes as B / KB / MB / GB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

/** ms as "1.2 s" / "3 min 4 s". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}
