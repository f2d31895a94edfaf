import type { RunsSort, SortColumn } from '../../core/experiments/runs-table';
import { SortDownIcon, SortUpIcon } from '../common/icons';

/** A column header that sorts the table by its column; a second click reverses the order. */
export function SortHeader({
  column,
  label,
  sort,
  onSort,
  numeric = false,
}: {
  column: SortColumn;
  label: string;
  sort: RunsSort;
  onSort: (sort: RunsSort) => void;
  /** A column of numbers: its header lines up with them, on the right. */
  numeric?: boolean;
}) {
  const active = sort.column === column;
  const next: RunsSort = {
    column,
    direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
  };
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : 'none'}
      className={numeric ? 'num' : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        {active &&
          (sort.direction === 'ascending' ? <SortUpIcon size={12} /> : <SortDownIcon size={12} />)}
      </button>
    </th>
  );
}
