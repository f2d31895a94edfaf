/**
 * Sentences about what reading a table found that the user should know:
 * non-finite numbers (named with their rows) and, for wide tables, which
 * columns a view shows. Pure.
 */
import type { ColumnSummary } from './table-column';

const n = (v: number) => v.toLocaleString('en-US');

/**
 * `Column "x": 3 non-finite values, rows 5, 17, 102 — treated as missing.`
 * Rows are the file's (the header is row 1); past the first few, "and N more".
 * Null when the column has none.
 */
export function nonFiniteNote(c: ColumnSummary): string | null {
  if (c.nonFinite === 0) return null;
  const rows = c.nonFiniteRows.map(n).join(', ');
  const more = c.nonFinite - c.nonFiniteRows.length;
  const where =
    c.nonFinite === 1 ? `row ${rows}` : `rows ${rows}${more > 0 ? ` and ${n(more)} more` : ''}`;
  const what = c.nonFinite === 1 ? 'non-finite value' : 'non-finite values';
  return `Column “${c.name}”: ${n(c.nonFinite)} ${what} (NaN or infinite), ${where} — treated as missing.`;
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
    notes.push(`${n(rest)} more column${rest === 1 ? '' : 's'} hold non-finite values too.`);
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
