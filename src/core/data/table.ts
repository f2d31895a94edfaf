/**
 * A parsed table, column by column: the numbers and the text categories of
 * every cell, filled row by row while a CSV streams in (TableAccumulator),
 * and a summary for the page (types, missing counts, a preview). Pure: the
 * CSV parser that feeds it lives in csv-parse.ts.
 *
 * Never holds the file's text: a 50 MB file becomes a few typed arrays.
 */
import { t } from '../../i18n';
import { formatInt } from '../format';
import type { TableFile } from './dataset-spec';
import { ContentHash } from './hash';
import { ColumnBuilder, parseNumber, type ColumnSummary, type TableColumn } from './table-column';
import { fail, ok, type Result } from './result';

export { MAX_CATEGORIES, type ColumnSummary, type TableColumn } from './table-column';

/** Rows of the file shown in the preview table. */
const PREVIEW_ROWS = 8;

/**
 * Most columns a table may have. Wide enough for a 28 × 28 image per row
 * (785 columns); past it a network of dense layers is not what the data needs,
 * and a page of that many controls is not usable.
 */
export const MAX_COLUMNS = 1000;

export interface TableSummary {
  file: TableFile;
  /** Size of the file in bytes. */
  bytes: number;
  /** The delimiter found: ",", ";", tab or "|". */
  delimiter: string;
  columns: ColumnSummary[];
  /** The first rows of data as text. */
  preview: string[][];
  /** True when the first row held numbers only and was read as data. */
  headerless: boolean;
  /** How the bytes were read as text, when it needs saying (not plain UTF-8). */
  encodingNote: string | null;
}

export interface ParsedTable {
  summary: TableSummary;
  columns: TableColumn[];
}

/** Header cells made usable: trimmed, never empty, never repeated. */
function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const base = raw.trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Collects a CSV's rows into columns as they stream in. Feed it rows with
 * `addRows`, then call `finish`. The first row is the header unless it holds
 * numbers only.
 */
export class TableAccumulator {
  private builders: ColumnBuilder[] | null = null;
  private rows = 0;
  private fileRow = 0;
  private preview: string[][] = [];
  private hash = new ContentHash();
  private headerless = false;
  private error: string | null = null;

  constructor(
    private readonly name: string,
    private readonly bytes: number,
  ) {}

  /** Add parsed rows. Returns an error message (and stops accepting rows) on a ragged row. */
  addRows(rows: readonly string[][]): string | null {
    if (this.error) return this.error;
    for (const row of rows) {
      this.fileRow++;
      if (!this.builders) {
        this.startWith(row);
        if (this.error) return this.error;
        continue;
      }
      if (row.length !== this.builders.length) {
        this.error = t('data:parse.ragged', {
          name: this.name,
          row: this.fileRow,
          count: row.length,
          header: this.builders.length,
        });
        return this.error;
      }
      this.addData(row);
    }
    return null;
  }

  /** Rows of the file seen so far, the header included. */
  get seenRows(): number {
    return this.fileRow;
  }

  /** Stop with a message (a parser error). */
  abort(message: string): void {
    this.error ??= message;
  }

  /** The file's row number (the header is row 1) of data row `index`. */
  private fileRowOf(index: number): number {
    return index + (this.headerless ? 1 : 2);
  }

  finish(delimiter: string, encodingNote: string | null = null): Result<ParsedTable> {
    if (this.error) return fail(this.error);
    if (!this.builders) return fail(t('data:parse.noRows', { name: this.name }));
    if (this.rows === 0) return fail(t('data:parse.headerOnly', { name: this.name }));
    if (this.builders.length < 2) {
      const column = this.builders[0]?.name ?? '';
      return fail(t('data:parse.oneColumn', { name: this.name, column }));
    }
    const done = this.builders.map((b) => b.finish(this.rows));
    for (const d of done)
      d.summary.nonFiniteRows = d.summary.nonFiniteRows.map((r) => this.fileRowOf(r));
    if (!done.some((d) => d.summary.type === 'numeric')) {
      return fail(t('data:parse.noNumbers', { name: this.name }));
    }
    return ok({
      columns: done.map((d) => d.column),
      summary: {
        file: { name: this.name, hash: this.hash.digest(), rows: this.rows },
        bytes: this.bytes,
        delimiter,
        columns: done.map((d) => d.summary),
        preview: this.preview,
        headerless: this.headerless,
        encodingNote,
      },
    });
  }

  private startWith(row: readonly string[]): void {
    if (row.length > MAX_COLUMNS) {
      this.error = t('data:parse.tooWide', {
        name: this.name,
        n: formatInt(row.length),
        max: formatInt(MAX_COLUMNS),
      });
      return;
    }
    this.headerless = row.length > 1 && row.every((c) => !Number.isNaN(parseNumber(c)));
    const names = this.headerless ? row.map((_, i) => `column ${i + 1}`) : columnNames(row);
    this.builders = names.map((n) => new ColumnBuilder(n));
    this.hash.addRow(names);
    if (this.headerless) this.addData(row);
  }

  private addData(row: readonly string[]): void {
    const builders = this.builders as ColumnBuilder[];
    for (let j = 0; j < builders.length; j++)
      (builders[j] as ColumnBuilder).push(this.rows, row[j] as string);
    this.hash.addRow(row);
    if (this.preview.length < PREVIEW_ROWS) this.preview.push([...row]);
    this.rows++;
  }
}
