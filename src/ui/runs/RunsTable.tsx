import { useMemo, useState } from 'react';
import { differingSettings } from '../../core/experiments/differing-settings';
import { RUN_STATUSES, type RunStatus } from '../../core/experiments/run-record';
import {
  DEFAULT_RUNS_SORT,
  filterRuns,
  NO_RUNS_FILTER,
  sortRuns,
  type RunsFilter,
  type RunsSort,
} from '../../core/experiments/runs-table';
import { setRunsSelected } from '../../store/actions/runs';
import { selectIsRunning } from '../../store/slices/run-slice';
import { RUNS_SELECTED_LIMIT } from '../../store/slices/runs-slice';
import { selectSweepGoing } from '../../store/slices/sweep-slice';
import { useStore } from '../../store/store';
import { metricColumnName, STATUS_LABELS } from './run-format';
import { RunRow } from './RunRow';
import { SortHeader } from './SortHeader';

/**
 * Every recorded run in a table: only the settings that differ between the
 * runs listed get a column; sortable by any column, filtered by text and
 * status, with a checkbox per run to compare it.
 */
export function RunsTable() {
  const runs = useStore((s) => s.runs);
  const selected = useStore((s) => s.runsSelected);
  const bestRunId = useStore((s) => s.sweepResult?.bestRunId ?? null);
  const busy = useStore((s) => selectIsRunning(s) || selectSweepGoing(s));
  const saved = useStore((s) => s.saved);
  const [sort, setSort] = useState<RunsSort>(DEFAULT_RUNS_SORT);
  const [filter, setFilter] = useState<RunsFilter>(NO_RUNS_FILTER);

  const shown = useMemo(() => sortRuns(filterRuns(runs, filter), sort), [runs, filter, sort]);
  const settings = useMemo(() => differingSettings(shown.map((r) => r.config)), [shown]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const metric = metricColumnName(shown);

  return (
    <div className="runs-table-wrap">
      <div className="row runs-filter" role="search" aria-label="Filter runs">
        <label>
          Filter{' '}
          <input
            type="search"
            value={filter.text}
            placeholder="name or setting, e.g. adam 0.01"
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </label>
        <label>
          Status{' '}
          <select
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as RunStatus | 'all' })}
          >
            <option value="all">all</option>
            {RUN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={shown.length === 0}
          title={
            shown.length > RUNS_SELECTED_LIMIT
              ? `Compares the first ${RUNS_SELECTED_LIMIT} runs shown: at most ${RUNS_SELECTED_LIMIT} at once.`
              : undefined
          }
          onClick={() => setRunsSelected(shown.slice(0, RUNS_SELECTED_LIMIT).map((r) => r.id))}
        >
          Select all
        </button>
        <button type="button" disabled={selected.length === 0} onClick={() => setRunsSelected([])}>
          Select none
        </button>
      </div>
      {runs.length > 0 && shown.length === 0 && <p className="muted">No run matches the filter.</p>}
      <table className="runs-table">
        <caption>
          Recorded runs: {shown.length} shown
          {shown.length !== runs.length && ` of ${runs.length}`}, {selected.length} selected for
          comparison. Only settings that differ between the runs shown get a column.
        </caption>
        <thead>
          <tr>
            <th scope="col">Compare</th>
            <SortHeader column="name" label="Run" sort={sort} onSort={setSort} />
            <SortHeader column="status" label="Status" sort={sort} onSort={setSort} />
            {settings.map((s) => (
              <SortHeader key={s.id} column={s.id} label={s.label} sort={sort} onSort={setSort} />
            ))}
            <SortHeader
              column="finalMetric"
              label={`Final ${metric}`}
              sort={sort}
              onSort={setSort}
            />
            <SortHeader column="bestMetric" label={`Best ${metric}`} sort={sort} onSort={setSort} />
            <SortHeader column="duration" label="Duration" sort={sort} onSort={setSort} />
            <SortHeader column="trainedOn" label="Backend" sort={sort} onSort={setSort} />
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <RunRow
              key={r.id}
              run={r}
              settings={settings}
              selected={selectedSet.has(r.id)}
              best={r.id === bestRunId}
              busy={busy}
              saved={saved}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
