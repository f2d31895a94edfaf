/**
 * Sensible first choices for a table (label, features, task), and what the
 * user may change them to. Pure.
 */
import { t } from '../../i18n';
import type { SplitSpec, TableKind, TableSpec } from './dataset-spec';
import type { ColumnSummary, TableSummary } from './table';

/** The label of the shipped tables. */
const BUILT_IN_LABEL: Partial<Record<TableKind, string>> = { iris: 'species', 'auto-mpg': 'mpg' };

/** Columns that can be a feature or a label. */
export const usable = (c: ColumnSummary): boolean =>
  c.type === 'numeric' || c.type === 'categorical';

/** Tasks a label column allows: text labels can only be classes. */
export function allowedTasks(label: ColumnSummary | undefined): TableSpec['task'][] {
  if (!label || !usable(label)) return [];
  return label.type === 'numeric' ? ['regression', 'classification'] : ['classification'];
}

/** The task a label gets by default: numbers are regressed, text is classified. */
function defaultTask(label: ColumnSummary): TableSpec['task'] {
  return label.type === 'numeric' ? 'regression' : 'classification';
}

/** A note on a numeric label that looks like classes (e.g. 0 / 1), or null. */
export function taskHint(label: ColumnSummary | undefined, task: TableSpec['task']): string | null {
  if (!label || label.type !== 'numeric' || task !== 'regression') return null;
  if (label.distinct <= 10 && Number.isInteger(label.min) && Number.isInteger(label.max)) {
    return t('data:table.taskHint', { name: label.name, count: label.distinct });
  }
  return null;
}

/** The first spec for a freshly loaded table. */
export function defaultTableSpec(
  kind: TableKind,
  table: TableSummary,
  base: { seed: number; split: SplitSpec },
): TableSpec {
  const cols = table.columns;
  const named = cols.find((c) => c.name === BUILT_IN_LABEL[kind] && usable(c));
  const label = named ?? [...cols].reverse().find(usable) ?? (cols.at(-1) as ColumnSummary);
  return {
    kind,
    file: table.file,
    label: label.name,
    features: cols.filter((c) => c !== label && usable(c)).map((c) => c.name),
    task: usable(label) ? defaultTask(label) : 'classification',
    missing: 'drop',
    scaling: 'standardize',
    seed: base.seed,
    split: base.split,
  };
}

/**
 * The spec after the user picks another label: the old label becomes a
 * feature again where it can be one, the new one stops being a feature, and
 * the task follows the new label's type.
 */
export function withLabel(spec: TableSpec, table: TableSummary, name: string): TableSpec {
  const col = table.columns.find((c) => c.name === name);
  const old = table.columns.find((c) => c.name === spec.label);
  const features = spec.features.filter((f) => f !== name);
  if (old && usable(old) && !features.includes(old.name)) features.push(old.name);
  const order = new Map(table.columns.map((c, i) => [c.name, i]));
  features.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return {
    ...spec,
    label: name,
    features,
    task: col && usable(col) ? defaultTask(col) : spec.task,
  };
}
