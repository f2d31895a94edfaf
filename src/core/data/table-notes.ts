/**
 * Sentences about what reading a table found that the user should know:
 * non-finite numbers (named with their rows) and, for wide tables, which
 * columns a view shows. Pure.
 */
import { t } from '../../i18n';
import { formatInt } from '../format';
import type { ColumnSummary } from './table-column';

/**
 * `Column "x": 3 non-finite values, rows 5, 17, 102 — treated as missing.`
 * Rows are the file's (the header is row 1); past the first few, "and N more".
 * Null when the column has none.
 */
export function nonFiniteNote(c: ColumnSummary): string | null {
  if (c.nonFinite === 0) return null;
  const rows = c.nonFiniteRows.map(formatInt).join(', ');
  const more = c.nonFinite - c.nonFiniteRows.length;
  const where =
    c.nonFinite === 1
      ? t('data:nonFinite.row', { rows })
      : more > 0
        ? t('data:nonFinite.rowsMore', { rows, more: formatInt(more) })
        : t('data:nonFinite.rows', { rows });
  return t('data:nonFinite.note', {
    name: c.name,
    count: c.nonFinite,
    n: formatInt(c.nonFinite),
    where,
  });
}

/** The notes of the first `max` columns with non-finite values, and a count of the rest. */
export function nonFiniteNotes(columns: readonly ColumnSummary[], max = 5): string[] {
  const notes: string[] = [];
  let rest = 0;
  for (const c of columns) {
    const note = nonFiniteNote(c);
    if (!note) continue;
    if (notes.length < max) notes.push(note);
    else rest++;
  }
  if (rest > 0) {
    notes.push(t('data:nonFinite.rest', { count: rest, n: formatInt(rest) }));
  }
  return notes;
}

/**
 * The items of a long list a view shows: those whose name contains `query`
 * (any case), the first `max` of them, and how many more match.
 */
export function shownItems<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  query: string,
  max: number,
): { shown: T[]; more: number } {
  const q = query.trim().toLowerCase();
  const shown: T[] = [];
  let more = 0;
  for (const item of items) {
    if (q && !nameOf(item).toLowerCase().includes(q)) continue;
    if (shown.length < max) shown.push(item);
    else more++;
  }
  return { shown, more };
}
