/**
 * One column of a table as it streams in: each cell read as a number where
 * it is one, and as a category while there are few distinct values. Pure.
 */

/** More distinct text values than this and a column is free text, not a category. */
export const MAX_CATEGORIES = 50;

/** Cells read as missing (compared trimmed and lower-cased). */
const MISSING = new Set(['', 'na', 'n/a', '#n/a', 'nan', 'null', 'none', '?']);

/** Words for a number that is not finite (lower-cased); read as missing, and reported. */
const NON_FINITE_WORDS = new Set([
  'nan',
  'inf',
  '+inf',
  '-inf',
  'infinity',
  '+infinity',
  '-infinity',
]);

/** Rows of non-finite cells remembered per column, for the message. */
export const NON_FINITE_ROWS = 5;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when a cell counts as missing. */
export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

/** The number in a cell, or NaN when it is not a plain decimal number. */
export function parseNumber(cell: string): number {
  const s = cell.trim();
  const v = NUMBER.test(s) ? Number(s) : NaN;
  return Number.isFinite(v) ? v : NaN;
}

const isSpace = (c: number) => c === 32 || c === 9;

/**
 * parseNumber for the hot loop: Number() on cells that start like a
 * decimal, refusing what Number() accepts but a CSV reader should not (hex,
 * binary and octal literals). The cell is already trimmed. ±Infinity comes
 * back as such ("-Infinity", "1e999"): the caller reports it.
 */
function fastNumber(s: string): number {
  const c = s.charCodeAt(0);
  // 0-9, '.', '-', '+'
  if (!((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43)) return NaN;
  const v = Number(s);
  if (v === Infinity || v === -Infinity) return v;
  if (Number.isNaN(v)) return NaN;
  // "0x1f", "0b1", "0o7" are numbers to Number() but not to a CSV reader.
  const c1 = s.charCodeAt(1);
  return c === 48 && ((c1 >= 65 && c1 <= 90) || (c1 >= 97 && c1 <= 122)) && c1 !== 101 && c1 !== 69
    ? NaN
    : v;
}

/**
 * What a column holds. numeric: every present cell is a number. categorical:
 * text with at most MAX_CATEGORIES distinct values. text: more than that
 * (names, ids, free text: not usable). empty: every cell missing.
 */
type ColumnType = 'numeric' | 'categorical' | 'text' | 'empty';

export interface ColumnSummary {
  name: string;
  type: ColumnType;
  /** Cells that are missing. */
  missing: number;
  /** Distinct present values, up to MAX_CATEGORIES + 1 (more is shown as "many"). */
  distinct: number;
  /** Numeric columns: range and mean of the present values. */
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Cells holding NaN, ±Infinity or an overflowing number (counted in `missing` too). */
  nonFinite: number;
  /** The first NON_FINITE_ROWS of them, as data row indices (0 = first data row). */
  nonFiniteRows: number[];
}

/** One column's cells. */
export interface TableColumn {
  name: string;
  /** [rows] the number in each cell; NaN where missing or not a number. */
  numbers: Float64Array;
  /** [rows] index into `categories`, −1 where missing; null past MAX_CATEGORIES distinct values. */
  codes: Int32Array | null;
  /** Distinct present values as written, in order of first appearance. */
  categories: string[];
  missing: number;
  /** Present cells that are not numbers. */
  nonNumeric: number;
}

/** Collects one column's cells, row by row. */
export class ColumnBuilder {
  numbers = new Float64Array(1024);
  codes: Int32Array | null = new Int32Array(1024);
  categories: string[] = [];
  private index = new Map<string, number>();
  missing = 0;
  nonNumeric = 0;
  nonFinite = 0;
  nonFiniteRows: number[] = [];
  /** Distinct numbers (up to the cap), so a numeric column's distinct count is exact when small. */
  private numeric = new Set<number>();
  constructor(readonly name: string) {}

  push(row: number, raw: string): void {
    if (row >= this.numbers.length) this.grow();
    const text =
      raw.length > 0 && (isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1)))
        ? raw.trim()
        : raw;
    const word = text.length <= 9 ? text.toLowerCase() : '';
    const v = fastNumber(text);
    if (v === Infinity || v === -Infinity || NON_FINITE_WORDS.has(word)) {
      this.nonFinite++;
      if (this.nonFiniteRows.length < NON_FINITE_ROWS) this.nonFiniteRows.push(row);
      this.setMissing(row);
      return;
    }
    if (text.length <= 4 && MISSING.has(word)) {
      this.setMissing(row);
      return;
    }
    this.numbers[row] = v;
    if (Number.isNaN(v)) this.nonNumeric++;
    else if (this.numeric.size <= MAX_CATEGORIES) this.numeric.add(v);
    if (!this.codes) return;
    let code = this.index.get(text);
    if (code === undefined) {
      if (this.categories.length >= MAX_CATEGORIES) {
        // Too many to be categories: stop collecting (this keeps memory flat).
        this.categories.push(text);
        this.codes = null;
        this.index.clear();
        return;
      }
      code = this.categories.length;
      this.categories.push(text);
      this.index.set(text, code);
    }
    this.codes[row] = code;
  }

  private setMissing(row: number): void {
    this.missing++;
    this.numbers[row] = NaN;
    if (this.codes) this.codes[row] = -1;
  }

  private grow(): void {
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.numbers = numbers;
    if (this.codes) {
      const codes = new Int32Array(this.codes.length * 2);
      codes.set(this.codes);
      this.codes = codes;
    }
  }

  finish(rows: number): { column: TableColumn; summary: ColumnSummary } {
    const numbers = this.numbers.slice(0, rows);
    const present = rows - this.missing;
    const type: ColumnType =
      present === 0
        ? 'empty'
        : this.nonNumeric === 0
          ? 'numeric'
          : this.codes
            ? 'categorical'
            : 'text';
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    if (type === 'numeric') {
      for (const v of numbers) {
        if (Number.isNaN(v)) continue;
        if (v < min) min = v;
        if (v > max) max = v;
        sum += v;
      }
    }
    const distinct =
      type === 'numeric'
        ? Math.min(this.numeric.size, MAX_CATEGORIES + 1)
        : Math.min(this.categories.length, MAX_CATEGORIES + 1);
    return {
      column: {
        name: this.name,
        numbers,
        codes: this.codes ? this.codes.slice(0, rows) : null,
        categories: this.codes ? this.categories : [],
        missing: this.missing,
        nonNumeric: this.nonNumeric,
      },
      summary: {
        name: this.name,
        type,
        missing: this.missing,
        distinct,
        min: type === 'numeric' ? min : null,
        max: type === 'numeric' ? max : null,
        mean: type === 'numeric' ? sum / present : null,
        nonFinite: this.nonFinite,
        nonFiniteRows: this.nonFiniteRows,
      },
    };
  }
}
