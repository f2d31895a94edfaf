/**
 * The fields of the "predict one row" form of a table dataset: one per
 * input column, in original units, with the training data's range and a
 * sensible default, and the checks a filled-in form must pass before it is
 * encoded (core/data/table-encode.ts applies fills, one-hot and scaling).
 * Pure.
 */
import { t } from '../../i18n';
import { evenSample } from '../array-range';
import type { Dataset } from './dataset';
import { fail, ok, type Result } from './result';
import { parseNumber } from './table-column';

/** One field of the form. */
export type FormField =
  | {
      name: string;
      kind: 'numeric';
      /** Training split's median, in original units, as text. */
      initial: string;
      /** Training split's range, in original units (null when it has no rows). */
      min: number | null;
      max: number | null;
    }
  | {
      name: string;
      kind: 'categorical';
      /** Training split's most common category. */
      initial: string;
      categories: string[];
    };

/** A number for a form field: short, with no float noise ("5.8", not "5.800000190734863"). */
export const formatValue = (v: number): string => String(Number(v.toPrecision(6)));

/** Training rows the typical (median) value of an input is taken from at most. */
const MEDIAN_SAMPLE = 10_000;

/**
 * The form's fields for a table dataset, or [] when it is not a table.
 * Numeric defaults and ranges come from the training split, unscaled.
 */
export function formFields(ds: Pick<Dataset, 'columns' | 'scaling' | 'inputShape' | 'train'>) {
  const out: FormField[] = [];
  const f = ds.inputShape[0] ?? 0;
  let j = 0;
  for (const col of ds.columns ?? []) {
    if (col.kind === 'categorical') {
      out.push({
        name: col.name,
        kind: 'categorical',
        initial: col.fill,
        categories: col.categories,
      });
      j += col.categories.length;
      continue;
    }
    const offset = ds.scaling?.offset[j] ?? 0;
    const scale = ds.scaling?.scale[j] ?? 1;
    // The typical value from an even sample of rows (sorting every row of a long table blocks
    // the page), found in the stored units: the scaling is linear, so the median maps back.
    const rows = evenSample(ds.train.n, MEDIAN_SAMPLE);
    const values = new Float64Array(rows.length);
    for (let r = 0; r < rows.length; r++)
      values[r] = ds.train.x[(rows[r] as number) * f + j] as number;
    values.sort();
    const n = values.length;
    const mid = n === 0 ? 0 : ((values[(n - 1) >> 1] as number) + (values[n >> 1] as number)) / 2;
    const median = n === 0 ? col.fill : mid * scale + offset;
    // The range over every row, taken in the stored (scaled) units and mapped back.
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0, at = j; i < ds.train.n; i++, at += f) {
      const v = ds.train.x[at] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const [min, max] = [lo * scale + offset, hi * scale + offset].sort((a, b) => a - b) as [
      number,
      number,
    ];
    out.push({
      name: col.name,
      kind: 'numeric',
      initial: formatValue(median),
      min: n > 0 ? Number(min.toPrecision(6)) : null,
      max: n > 0 ? Number(max.toPrecision(6)) : null,
    });
    j += 1;
  }
  return out;
}

/**
 * Check a filled-in form. Every field must be filled: a number for numeric
 * fields, one of the known categories for the others.
 * @returns the row as column name → cell text, for encodeRecords
 */
export function checkForm(
  fields: readonly FormField[],
  values: Readonly<Record<string, string | undefined>>,
): Result<Record<string, string>> {
  const row: Record<string, string> = {};
  const problems: string[] = [];
  for (const field of fields) {
    const text = (values[field.name] ?? '').trim();
    if (field.kind === 'numeric') {
      if (text === '') problems.push(t('data:form.enterNumber', { name: field.name }));
      else if (Number.isNaN(parseNumber(text)))
        problems.push(t('data:form.needsNumber', { name: field.name, text }));
    } else if (!field.categories.includes(text)) {
      const choices = field.categories.join(', ');
      problems.push(t('data:form.chooseOne', { choices, name: field.name }));
    }
    row[field.name] = text;
  }
  return problems.length > 0 ? fail(problems.join(' ')) : ok(row);
}

/** Per-field message of checkForm's kind, or null when the field is fine (for marking inputs). */
export function fieldProblem(field: FormField, value: string | undefined): string | null {
  const r = checkForm([field], { [field.name]: value });
  return r.ok ? null : r.error;
}
