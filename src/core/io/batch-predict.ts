/**
 * Batch prediction files: a CSV of inputs in, the same CSV with prediction
 * columns appended out. Reads and checks the file (every input column must
 * be in the header; other columns, such as the target, are passed
 * through), encodes each row the way the training data was (tables:
 * core/data/table-encode.ts; 2-D sets: the numeric x columns), and writes
 * the result with papaparse so fields are quoted properly. Pure: the
 * prediction itself is the caller's (store/actions/predict.ts).
 */
import Papa from 'papaparse';
import type { Dataset, Task } from '../data/dataset';
import { fail, ok, type Result } from '../data/result';
import { applyScaling } from '../data/scaling';
import { encodeRecords } from '../data/table-encode';
import { parseNumber } from '../data/table-column';
import { t } from '../../i18n';
import { FORMULA_START, safeFileName } from './escape';

/** Rows sent to the model at a time. */
export const BATCH_CHUNK = 4096;
/** Largest input file accepted, in bytes. */
export const BATCH_MAX_BYTES = 50 * 1024 * 1024;
/** Row errors listed by name before "and N more". */
const ERRORS_SHOWN = 5;

/** A parsed CSV: its header and data rows as text. */
export interface BatchTable {
  name: string;
  header: string[];
  rows: string[][];
}

/** One row that could not be used, numbered from 1 (the first row after the header). */
export interface RowError {
  row: number;
  message: string;
}

/** Model inputs of the usable rows. */
export interface EncodedBatch {
  /** [used.length, ...inputShape] float32, row-major, scaled like the training data. */
  x: Float32Array;
  /** Indices into table.rows of the rows in x, in order. */
  used: number[];
  errors: RowError[];
}

type InputData = Pick<Dataset, 'columns' | 'scaling' | 'inputShape' | 'featureNames'>;

/** The row number a table's encoding error starts with, in either language ("Row 1: ", "第 1 行："). */
const ROW_ONE = /^(Row 1: |第 ?1 ?行[：:] ?)/;

/** Header names compared loosely: trimmed, and "x₁" matches "x1". */
const norm = (name: string) => name.normalize('NFKC').trim();

/** The columns a batch file must have: the table's input columns, or the 2-D set's features. */
export function batchInputNames(ds: InputData): string[] {
  return ds.columns ? ds.columns.map((c) => c.name) : ds.featureNames;
}

/** Parse CSV text (delimiter guessed) into a header and rows. */
export function parseBatchCsv(text: string, name: string): Result<BatchTable> {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) return fail(t('predict:csv.unclosedQuote', { file: name, row: (quote.row ?? 0) + 1 }));
  const [header, ...rows] = parsed.data;
  if (!header) return fail(t('predict:csv.empty', { file: name }));
  if (rows.length === 0) return fail(t('predict:csv.noRows', { file: name }));
  return ok({ name, header: header.map((h) => h.trim()), rows });
}

/**
 * Encode every row of `table` for the model of `ds`. Fails when an input
 * column is missing from the header; rows that cannot be read are listed
 * in `errors` and left out of x.
 */
export function encodeBatch(ds: InputData, table: BatchTable): Result<EncodedBatch> {
  const names = batchInputNames(ds);
  const index = new Map<string, number>();
  table.header.forEach((h, i) => {
    if (!index.has(norm(h))) index.set(norm(h), i);
  });
  const missing = names.filter((n) => !index.has(norm(n)));
  if (missing.length > 0) {
    const list = missing.map((m) => t('predict:csv.quoted', { name: m })).join(', ');
    return fail(
      t('predict:csv.missing', {
        count: missing.length,
        file: table.name,
        list,
        needs: names.join(', '),
      }),
    );
  }
  const cols = names.map((n) => index.get(norm(n)) as number);
  const f = ds.inputShape.reduce((a, b) => a * b, 1);
  const x = new Float32Array(table.rows.length * f);
  const used: number[] = [];
  const errors: RowError[] = [];
  table.rows.forEach((cells, i) => {
    const problem = encodeRow(ds, names, cols, cells, table.header.length, x, used.length * f);
    if (problem) errors.push({ row: i + 1, message: problem });
    else used.push(i);
  });
  const out = x.slice(0, used.length * f);
  // encodeRecords scales table rows itself; 2-D rows are scaled here.
  if (!ds.columns) applyScaling(out, ds.scaling);
  return ok({ x: out, used, errors });
}

/** Write one row's inputs at x[at...]; returns a message when the row cannot be used. */
function encodeRow(
  ds: InputData,
  names: string[],
  cols: number[],
  cells: string[],
  width: number,
  x: Float32Array,
  at: number,
): string | null {
  if (cells.length !== width) return t('predict:csv.width', { count: cells.length, width });
  if (ds.columns) {
    const record = Object.fromEntries(names.map((n, k) => [n, cells[cols[k] as number]]));
    const r = encodeRecords(ds, [record]);
    // The table's row number is dropped: the caller numbers rows itself.
    if (!r.ok) return r.error.replace(ROW_ONE, '');
    x.set(r.value, at);
    return null;
  }
  for (let k = 0; k < names.length; k++) {
    const cell = (cells[cols[k] as number] ?? '').trim();
    const v = parseNumber(cell);
    if (Number.isNaN(v))
      return cell === ''
        ? t('predict:csv.emptyCell', { name: names[k] ?? '' })
        : t('predict:csv.notNumber', { name: names[k] ?? '', cell });
    x[at + k] = v;
  }
  return null;
}

/** "Row 3: …; Row 9: …; and 4 more." */
export function describeRowErrors(errors: readonly RowError[], shown = ERRORS_SHOWN): string {
  const head = errors
    .slice(0, shown)
    .map((e) => t('predict:csv.row', { row: e.row, message: e.message }))
    .join(' ');
  const more = errors.length - shown;
  return more > 0 ? t('predict:csv.more', { rows: head, more }) : head;
}

/** The prediction columns appended for a task; `target` names what is predicted. */
export function predictionColumns(task: Task, target: string): string[] {
  return task.kind === 'classification'
    ? [`predicted_${target}`, ...task.classNames.map((c) => `p_${c}`)]
    : task.targetNames.map((t) => `predicted_${t}`);
}

const num = (v: number) => String(Number(v.toPrecision(6)));

/**
 * The output file: the input columns as they were, then the prediction
 * columns (and `prediction_error` when some rows could not be used).
 * @param values [used.length, outputs] float32: class probabilities or target values
 */
export function batchOutputCsv(
  table: BatchTable,
  batch: Pick<EncodedBatch, 'used' | 'errors'>,
  values: Float32Array,
  task: Task,
  target: string,
): string {
  const extra = predictionColumns(task, target);
  const outputs = task.kind === 'classification' ? task.classNames.length : task.targetNames.length;
  const withErrors = batch.errors.length > 0;
  const fields = [...table.header, ...extra, ...(withErrors ? ['prediction_error'] : [])];
  const predicted = new Map<number, string[]>();
  batch.used.forEach((row, k) => {
    const v = Array.from(values.subarray(k * outputs, k * outputs + outputs));
    if (task.kind === 'regression') predicted.set(row, v.map(num));
    else {
      const best = v.reduce((b, p, c) => (p > (v[b] as number) ? c : b), 0);
      predicted.set(row, [task.classNames[best] ?? String(best), ...v.map(num)]);
    }
  });
  const rowError = new Map(batch.errors.map((e) => [e.row - 1, e.message]));
  const data = table.rows.map((cells, i) => {
    const own = table.header.map((_, c) => cells[c] ?? '');
    const pred = predicted.get(i) ?? extra.map(() => '');
    return withErrors ? [...own, ...pred, rowError.get(i) ?? ''] : [...own, ...pred];
  });
  // Cells are the user's own text: a spreadsheet must not run them as formulas.
  return Papa.unparse({ fields, data }, { newline: '\n', escapeFormulae: FORMULA_START });
}

/** `iris-new.csv` → `iris-new-predictions.csv`. */
export function predictionsFileName(input: string): string {
  const stem = input.replace(/\.[^.]*$/, '') || 'data';
  return safeFileName(`${stem}-predictions.csv`);
}
