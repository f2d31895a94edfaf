/**
 * A parsed table plus the user's column choices → a Dataset. Rows without a
 * label are dropped; rows with other missing values are dropped or filled;
 * text columns are one-hot encoded; text labels become classes. Everything
 * learned from the data (fill values, categories, scaling) is fitted on the
 * training split only. Pure and deterministic for a spec.
 */
import { t } from '../../i18n';
import { formatInt } from '../format';
import { fitTargetScaling, splitParts, type Dataset, type InputColumn, type Task } from './dataset';
import type { TableSpec } from './dataset-spec';
import { fail, ok, type Result } from './result';
import { applyScaling, fitScaling } from './scaling';
import { stratifiedSplit } from './split';
import { MAX_CATEGORIES, type ParsedTable, type TableColumn } from './table';

/** Fewer usable rows than this and there is nothing worth splitting. */
const MIN_ROWS = 10;

/** What building did to the rows, for the page to show. */
export interface TableReport {
  /** Rows of the file. */
  rows: number;
  /** Rows used (after dropping). */
  used: number;
  /** Rows dropped because the label was missing. */
  droppedNoLabel: number;
  /** Rows dropped because a chosen feature was missing (policy 'drop'). */
  droppedMissing: number;
  /** Rows with a missing feature value that was filled (policy 'fill'), and the cells filled. */
  filledRows: number;
  filledCells: number;
  /** Classification: the label value of each class index. */
  classValues: string[];
  /** Inputs per row after one-hot encoding. */
  inputs: number;
}

export interface BuiltTable {
  dataset: Dataset;
  report: TableReport;
}

const q = (s: string) => `“${s}”`;

function isPresent(col: TableColumn, row: number): boolean {
  const v = col.numbers[row] as number;
  if (!Number.isNaN(v)) return true;
  // Not a number: present if it has a category code, or if it is free text (not missing).
  return col.codes ? (col.codes[row] as number) >= 0 : col.nonNumeric > 0;
}

const columnType = (t: ParsedTable, name: string) =>
  t.summary.columns.find((c) => c.name === name)?.type;

/** The class of each present label value, and the values in class order. */
function labelClasses(
  col: TableColumn,
  numeric: boolean,
): { classOf: (row: number) => number; values: string[] } | string {
  if (numeric) {
    const distinct = new Set<number>();
    for (const v of col.numbers) {
      if (Number.isNaN(v)) continue;
      distinct.add(v);
      if (distinct.size > MAX_CATEGORIES) {
        return t('data:build.labelTooManyNumbers', { name: q(col.name), max: MAX_CATEGORIES });
      }
    }
    const sorted = [...distinct].sort((a, b) => a - b);
    const index = new Map(sorted.map((v, i) => [v, i]));
    return {
      classOf: (r) => index.get(col.numbers[r] as number) ?? -1,
      values: sorted.map(String),
    };
  }
  if (!col.codes) {
    return t('data:build.labelTooMany', { name: q(col.name), max: MAX_CATEGORIES });
  }
  const order = col.categories
    .map((c, code) => ({ c, code }))
    .sort((a, b) => a.c.localeCompare(b.c, 'en', { numeric: true }));
  const classOfCode = new Int32Array(col.categories.length);
  order.forEach((o, i) => (classOfCode[o.code] = i));
  const codes = col.codes;
  return {
    classOf: (r) => ((codes[r] as number) < 0 ? -1 : (classOfCode[codes[r] as number] as number)),
    values: order.map((o) => o.c),
  };
}

function checkSpec(table: ParsedTable, spec: TableSpec): string | null {
  const names = new Set(table.columns.map((c) => c.name));
  for (const name of [spec.label, ...spec.features]) {
    if (!names.has(name))
      return t('data:build.noColumn', { file: table.summary.file.name, name: q(name) });
  }
  const labelType = columnType(table, spec.label);
  if (labelType === 'empty') return t('data:build.labelEmpty', { name: q(spec.label) });
  if (spec.task === 'regression' && labelType !== 'numeric') {
    return t('data:build.labelText', { name: q(spec.label) });
  }
  for (const f of spec.features) {
    const type = columnType(table, f);
    if (type === 'text') {
      return t('data:build.featureText', { name: q(f), max: MAX_CATEGORIES });
    }
    if (type === 'empty') return t('data:build.featureEmpty', { name: q(f) });
  }
  return null;
}

/** Build the dataset a table spec describes from its parsed table. */
export function buildTableDataset(table: ParsedTable, spec: TableSpec): Result<BuiltTable> {
  const problem = checkSpec(table, spec);
  if (problem) return fail(problem);
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const label = byName.get(spec.label) as TableColumn;
  const features = spec.features.map((f) => byName.get(f) as TableColumn);
  const numericLabel = columnType(table, spec.label) === 'numeric';
  const rows = table.summary.file.rows;

  const classes = spec.task === 'classification' ? labelClasses(label, numericLabel) : null;
  if (typeof classes === 'string') return fail(classes);

  // Choose rows.
  const kept: number[] = [];
  let droppedNoLabel = 0;
  let droppedMissing = 0;
  for (let r = 0; r < rows; r++) {
    if (!isPresent(label, r)) {
      droppedNoLabel++;
      continue;
    }
    if (spec.missing === 'drop' && features.some((c) => !isPresent(c, r))) {
      droppedMissing++;
      continue;
    }
    kept.push(r);
  }
  if (kept.length < MIN_ROWS) {
    const why =
      droppedMissing > 0 ? t('data:build.droppedWhy', { n: formatInt(droppedMissing) }) : '';
    return fail(t('data:build.tooFew', { count: kept.length, min: MIN_ROWS, why }));
  }

  // Labels of the kept rows.
  const n = kept.length;
  let y: Int32Array | Float32Array;
  let numClasses = 1;
  if (classes) {
    const cls = new Int32Array(n);
    const seen = new Set<number>();
    kept.forEach((r, i) => {
      cls[i] = classes.classOf(r);
      seen.add(cls[i] as number);
    });
    if (seen.size < 2) {
      const only = classes.values[[...seen][0] ?? 0] ?? '';
      return fail(t('data:build.oneValue', { name: q(spec.label), value: q(only) }));
    }
    y = cls;
    numClasses = classes.values.length;
  } else {
    const targets = new Float32Array(n);
    kept.forEach((r, i) => (targets[i] = label.numbers[r] as number));
    if (targets.every((v) => v === targets[0])) {
      const value = q(String(targets[0]));
      return fail(t('data:build.oneValue', { name: q(spec.label), value }));
    }
    y = targets;
  }

  const idx = stratifiedSplit(
    classes ? (y as Int32Array) : new Int32Array(n),
    numClasses,
    spec.split,
    spec.seed,
  );
  const trainRows = Array.from(idx.train, (i) => kept[i] as number);

  // Fit the encoding on the training rows.
  const encoders: InputColumn[] = [];
  for (const col of features) {
    if (columnType(table, col.name) === 'numeric') {
      let sum = 0;
      let count = 0;
      for (const r of trainRows) {
        const v = col.numbers[r] as number;
        if (!Number.isNaN(v)) {
          sum += v;
          count++;
        }
      }
      encoders.push({ name: col.name, kind: 'numeric', fill: count > 0 ? sum / count : 0 });
    } else {
      const codes = col.codes as Int32Array;
      const counts = new Array<number>(col.categories.length).fill(0);
      for (const r of trainRows) if ((codes[r] as number) >= 0) counts[codes[r] as number]!++;
      const seen = col.categories
        .map((c, code) => ({ c, count: counts[code] as number }))
        .filter((e) => e.count > 0)
        .sort((a, b) => b.count - a.count);
      if (seen.length === 0) {
        return fail(t('data:build.noTrainValues', { name: q(col.name) }));
      }
      encoders.push({
        name: col.name,
        kind: 'categorical',
        categories: seen.map((e) => e.c),
        fill: seen[0]?.c ?? '',
      });
    }
  }

  // Encode every kept row.
  const featureNames = encoders.flatMap((e) =>
    e.kind === 'numeric' ? [e.name] : e.categories.map((c) => `${e.name}=${c}`),
  );
  const f = featureNames.length;
  const x = new Float32Array(n * f);
  let filledCells = 0;
  let filledRows = 0;
  kept.forEach((r, i) => {
    let j = i * f;
    let filled = false;
    features.forEach((col, k) => {
      const enc = encoders[k] as InputColumn;
      if (enc.kind === 'numeric') {
        const v = col.numbers[r] as number;
        if (Number.isNaN(v)) {
          filled = true;
          filledCells++;
        }
        x[j++] = Number.isNaN(v) ? enc.fill : v;
      } else {
        const code = (col.codes as Int32Array)[r] as number;
        let value = code >= 0 ? (col.categories[code] as string) : enc.fill;
        if (code < 0) {
          filled = true;
          filledCells++;
          value = enc.fill;
        }
        const hot = enc.categories.indexOf(value);
        if (hot >= 0) x[j + hot] = 1;
        j += enc.categories.length;
      }
    });
    if (filled) filledRows++;
  });

  const parts = splitParts(x, y, f, idx);
  const numericInputs = encoders.flatMap((e) =>
    e.kind === 'numeric' ? [true] : e.categories.map(() => false),
  );
  const scaling = fitScaling(parts.train.x, parts.train.n, f, spec.scaling, numericInputs);
  for (const p of [parts.train, parts.validation, parts.test]) applyScaling(p.x, scaling);
  const task: Task = classes
    ? { kind: 'classification', classNames: classes.values }
    : { kind: 'regression', targetNames: [spec.label] };

  return ok({
    dataset: {
      inputShape: [f],
      featureNames,
      task,
      ...parts,
      scaling,
      targetScaling: fitTargetScaling(task, parts.train),
      columns: encoders,
    },
    report: {
      rows,
      used: n,
      droppedNoLabel,
      droppedMissing,
      filledRows,
      filledCells,
      classValues: classes ? classes.values : [],
      inputs: f,
    },
  });
}
