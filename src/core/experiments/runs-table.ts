/**
 * The runs table's rows, pure: the columns it can sort by, the text filter
 * (over names and every setting's value) and the status filter.
 */
import type { RunStatus } from './run-record';
import { RUN_SETTINGS, type RunSetting } from './run-settings';
import type { RunSummary } from './run-summary';

export type SortDirection = 'ascending' | 'descending';

/** A sortable column: a fixed one, or a setting's. */
export type SortColumn =
  | 'name'
  | 'status'
  | 'finalMetric'
  | 'bestMetric'
  | 'duration'
  | 'trainedOn'
  | 'started'
  | RunSetting['id'];

export interface RunsSort {
  column: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_RUNS_SORT: RunsSort = { column: 'started', direction: 'descending' };

type SortValue = string | number | null;

const FIXED: Record<Exclude<SortColumn, RunSetting['id']>, (r: RunSummary) => SortValue> = {
  name: (r) => r.name,
  status: (r) => r.status,
  finalMetric: (r) => r.finalValMetric,
  bestMetric: (r) => r.bestValMetric,
  duration: (r) => r.durationMs,
  trainedOn: (r) => r.backend,
  started: (r) => r.startedAt,
};

function sortValue(r: RunSummary, column: SortColumn): SortValue {
  if (column in FIXED) return FIXED[column as keyof typeof FIXED](r);
  const setting = RUN_SETTINGS.find((s) => s.id === column);
  if (!setting) return null;
  // Numbers sort as numbers ("0.1" after "0.03"), everything else as text.
  const text = setting.value(r.config);
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : text;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * `runs` sorted by `sort`, stable; missing values (no metric yet) last in
 * either direction.
 */
export function sortRuns(runs: readonly RunSummary[], sort: RunsSort): RunSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return runs
    .map((r, i) => ({ r, i, v: sortValue(r, sort.column) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      return sign * compare(a.v, b.v) || a.i - b.i;
    })
    .map((e) => e.r);
}

export interface RunsFilter {
  text: string;
  status: RunStatus | 'all';
}

export const NO_RUNS_FILTER: RunsFilter = { text: '', status: 'all' };

/**
 * The runs whose status matches and whose name or settings contain every
 * word of the text (case-insensitive): "adam 0.01" finds Adam runs at
 * rate 0.01.
 */
export function filterRuns(runs: readonly RunSummary[], filter: RunsFilter): RunSummary[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return runs.filter((r) => {
    if (filter.status !== 'all' && r.status !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = [r.name, r.backend ?? '', ...RUN_SETTINGS.map((s) => s.value(r.config))]
      .join(' ')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
