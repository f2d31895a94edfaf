/**
 * Raw table values → model inputs, the way a table dataset was built: the
 * same columns in the same order, missing cells filled with the training
 * split's values, categories one-hot, then the fitted scaling. For
 * predicting on new rows (a form, an uploaded CSV of inputs). Pure.
 */
import { t } from '../../i18n';
import type { Dataset, InputColumn } from './dataset';
import { fail, ok, type Result } from './result';
import { applyScaling } from './scaling';
import { isMissing, parseNumber } from './table-column';

/**
 * Encode rows given as column name → cell text.
 * @returns [rows.length, inputs] float32, row-major, scaled like the training data
 */
export function encodeRecords(
  ds: Pick<Dataset, 'columns' | 'scaling' | 'inputShape'>,
  rows: readonly Readonly<Record<string, string | undefined>>[],
): Result<Float32Array> {
  const columns = ds.columns;
  if (!columns) return fail(t('data:build.notTable'));
  const f = ds.inputShape[0] ?? 0;
  const x = new Float32Array(rows.length * f);
  for (let i = 0; i < rows.length; i++) {
    let j = i * f;
    for (const col of columns) {
      const cell = rows[i]?.[col.name];
      const r = encodeCell(col, cell, x, j);
      if (typeof r === 'string') return fail(t('data:build.row', { row: i + 1, problem: r }));
      j = r;
    }
  }
  applyScaling(x, ds.scaling);
  return ok(x);
}

/** Write one cell's inputs at x[j...]; returns the next j, or a message. */
function encodeCell(col: InputColumn, cell: string | undefined, x: Float32Array, j: number) {
  const missing = cell === undefined || isMissing(cell);
  if (col.kind === 'numeric') {
    const v = missing ? col.fill : parseNumber(cell);
    if (Number.isNaN(v)) return t('data:build.needsNumber', { name: col.name, cell: String(cell) });
    x[j] = v;
    return j + 1;
  }
  const hot = col.categories.indexOf(missing ? col.fill : cell.trim());
  // A category never seen in training is all zeros, as when the data was built.
  if (hot >= 0) x[j + hot] = 1;
  return j + col.categories.length;
}
