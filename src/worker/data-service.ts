/**
 * The data work too heavy for the page's main thread: reading CSV files,
 * decoding the digits asset, and building table and digit datasets. It runs
 * in the data worker (data.worker.ts), or on the page where there are no
 * workers. It keeps what it parsed (tables by content hash, the decoded
 * digits), so a changed choice rebuilds without reading a file again.
 * Never touches the store or the DOM.
 */
import type { Language } from '../core/learn/types';
import { switchLanguage, t } from '../i18n';
import { formatInt } from '../core/format';
import { CSV_MAX_BYTES, SNIFF_BYTES, sniffCsv } from '../core/data/csv-checks';
import { Utf8Check, bomEncoding, encodingNote, headAsUtf8 } from '../core/data/csv-encoding';
import { CSV_CHUNK, parseCsv } from '../core/data/csv-parse';
import type { Dataset } from '../core/data/dataset';
import type { MnistSpec, TableSpec } from '../core/data/dataset-spec';
import { buildDigitsDataset, decodeDigits, type Digits } from '../core/data/digits';
import { fail, ok, type Result } from '../core/data/result';
import type { ParsedTable, TableSummary } from '../core/data/table';
import { buildTableDataset, type BuiltTable } from '../core/data/table-build';

/** Parsed tables kept at once (the oldest is forgotten first). */
const KEEP_TABLES = 4;

export type Fetcher = (url: string) => Promise<Response>;

export class DataService {
  private tables = new Map<string, ParsedTable>();
  private digits: Digits | null = null;

  constructor(private readonly fetcher: Fetcher = (url) => fetch(url)) {}

  /** Word the service's messages in `language` from now on. */
  setLanguage(language: Language): Promise<void> {
    switchLanguage(language);
    return Promise.resolve();
  }

  /** Read a CSV file (checked first: size, binary content), keep it, and summarise it. */
  async parseFile(file: Blob, name: string): Promise<Result<TableSummary>> {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const bom = bomEncoding(head);
    const problem = sniffCsv(name, file.size, headAsUtf8(head, bom ?? 'utf-8'));
    if (problem) return fail(problem);
    const encoding = bom ?? ((await isUtf8(file)) ? 'utf-8' : 'windows-1252');
    // Decoded whole, by one decoder: papaparse's own streaming of a Blob decodes each
    // 1 MB slice alone, and garbles a character whose bytes fall in two slices.
    const text = new TextDecoder(encoding).decode(await file.arrayBuffer());
    const parsed = await parseCsv(text, name, file.size, encodingNote(encoding));
    if (!parsed.ok) return parsed;
    this.keep(parsed.value);
    return ok(parsed.value.summary);
  }

  /** Fetch and read a CSV shipped with the app (public/data). */
  async fetchTable(url: string, name: string): Promise<Result<TableSummary>> {
    let blob: Blob;
    try {
      const res = await this.fetcher(url);
      if (!res.ok) return fail(t('data:service.http', { name, status: res.status }));
      blob = await res.blob();
    } catch (e) {
      return fail(t('data:service.failed', { name, detail: (e as Error).message }));
    }
    if (blob.size > CSV_MAX_BYTES) return fail(t('data:service.tooLarge', { name }));
    return this.parseFile(blob, name);
  }

  /** Whether the table with this content hash is kept here. */
  hasTable(hash: string): boolean {
    return this.tables.has(hash);
  }

  /** Build the dataset of a table spec from its kept table. */
  buildTable(spec: TableSpec): Result<BuiltTable> {
    const table = this.tables.get(spec.file.hash);
    if (!table) {
      const rows = formatInt(spec.file.rows);
      return fail(t('data:service.notLoaded', { name: spec.file.name, rows }));
    }
    return buildTableDataset(table, spec);
  }

  /** Fetch and decode the digits asset once. Returns the number of images. */
  async loadDigits(url: string): Promise<Result<number>> {
    if (this.digits) return ok(this.digits.count);
    let bytes: Uint8Array;
    try {
      const res = await this.fetcher(url);
      if (!res.ok) return fail(t('data:service.digitsHttp', { status: res.status }));
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      return fail(t('data:service.digitsFailed', { detail: (e as Error).message }));
    }
    const digits = decodeDigits(bytes);
    if (!digits.ok) return digits;
    this.digits = digits.value;
    return ok(digits.value.count);
  }

  /** The dataset of a digits spec (loadDigits first). */
  buildDigits(spec: MnistSpec): Result<Dataset> {
    if (!this.digits) return fail(t('data:service.digitsNotReady'));
    return ok(buildDigitsDataset(this.digits, spec));
  }

  private keep(table: ParsedTable): void {
    const hash = table.summary.file.hash;
    this.tables.delete(hash);
    this.tables.set(hash, table);
    while (this.tables.size > KEEP_TABLES) {
      const oldest = this.tables.keys().next().value as string;
      this.tables.delete(oldest);
    }
  }
}

/** Whether all of `file` is valid UTF-8, read a piece at a time. */
async function isUtf8(file: Blob): Promise<boolean> {
  const check = new Utf8Check();
  for (let at = 0; at < file.size; at += CSV_CHUNK) {
    const piece = new Uint8Array(await file.slice(at, at + CSV_CHUNK).arrayBuffer());
    if (!check.add(piece, at + CSV_CHUNK >= file.size)) return false;
  }
  return true;
}
