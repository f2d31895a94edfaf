/**
 * The saved-model list as the user browses it: search, sort, and the name
 * a duplicate gets. Pure functions over list rows.
 */
import { MODEL_NAME_MAX, type SavedModelInfo } from './model-meta';

export const LIBRARY_SORTS = [
  { id: 'newest', label: 'Newest first' },
  { id: 'oldest', label: 'Oldest first' },
  { id: 'name', label: 'Name (A–Z)' },
  { id: 'valLoss', label: 'Lowest validation loss' },
  { id: 'size', label: 'Largest first' },
] as const;

export type LibrarySort = (typeof LIBRARY_SORTS)[number]['id'];

const byName = (a: SavedModelInfo, b: SavedModelInfo): number =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true });

/** Missing values sort last whichever way the rest go. */
const nullsLast = (a: number | null, b: number | null): number =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;

const COMPARE: Record<LibrarySort, (a: SavedModelInfo, b: SavedModelInfo) => number> = {
  newest: (a, b) => b.savedAt.localeCompare(a.savedAt) || byName(a, b),
  oldest: (a, b) => a.savedAt.localeCompare(b.savedAt) || byName(a, b),
  name: byName,
  valLoss: (a, b) => nullsLast(a.finalValLoss, b.finalValLoss) || byName(a, b),
  size: (a, b) => b.weightBytes + b.optimizerBytes - (a.weightBytes + a.optimizerBytes),
};

/**
 * The rows matching `query` (every word must appear in the name or the
 * architecture, case-insensitive), in `sort` order. Returns a new array.
 */
export function browseLibrary(
  rows: readonly SavedModelInfo[],
  query: string,
  sort: LibrarySort,
): SavedModelInfo[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows
    .filter((r) => {
      const text = `${r.name} ${r.architecture}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort(COMPARE[sort]);
}

/** A free name for a copy of `name`: "name (copy)", then "name (copy 2)", ... */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = name.slice(0, MODEL_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
