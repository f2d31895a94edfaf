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
import { metricColumnName, statusLabel } from './run-format';
import { useTranslation } from '../../i18n/react';
import { RunRow } from './RunRow';
import { SortHeader } from './SortHeader';

/**
 * Every recorded run in a table: only the settings that differ between the
 * runs listed get a column; sortable by any column, filtered by text and
 * status, with a checkbox per run to compare it.
 */
export function RunsTable() {
  const { t } = useTranslation('runs');
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
      <div className="row runs-filter" role="search" aria-label={t('table.filterAria')}>
        <label>
          {t('table.filter')}{' '}
          <input
            type="search"
            value={filter.text}
            placeholder={t('table.filterPlaceholder')}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </label>
        <label>
          {t('table.status')}{' '}
          <select
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as RunStatus | 'all' })}
          >
            <option value="all">{t('table.all')}</option>
            {RUN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={shown.length === 0}
          title={
            shown.length > RUNS_SELECTED_LIMIT
              ? t('table.selectAllTitle', { limit: RUNS_SELECTED_LIMIT })
              : undefined
          }
          onClick={() => setRunsSelected(shown.slice(0, RUNS_SELECTED_LIMIT).map((r) => r.id))}
        >
          {t('table.selectAll')}
        </button>
        <button type="button" disabled={selected.length === 0} onClick={() => setRunsSelected([])}>
          {t('table.selectNone')}
        </button>
      </div>
      {runs.length > 0 && shown.length === 0 && <p className="muted">{t('table.noMatch')}</p>}
      <table className="runs-table">
        <caption>
          {shown.length !== runs.length
            ? t('table.captionOf', {
                shown: shown.length,
                total: runs.length,
                selected: selected.length,
              })
            : t('table.caption', { shown: shown.length, selected: selected.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.colCompare')}</th>
            <SortHeader column="name" label={t('table.colRun')} sort={sort} onSort={setSort} />
            <SortHeader column="status" label={t('table.colStatus')} sort={sort} onSort={setSort} />
            {settings.map((s) => (
              <SortHeader
                key={s.id}
                column={s.id}
                label={t(`table.setting.${s.id}`)}
                sort={sort}
                onSort={setSort}
              />
            ))}
            <SortHeader
              column="finalMetric"
              numeric
              label={t('table.colFinal', { metric })}
              sort={sort}
              onSort={setSort}
            />
            <SortHeader
              column="bestMetric"
              numeric
              label={t('table.colBest', { metric })}
              sort={sort}
              onSort={setSort}
            />
            <SortHeader
              column="duration"
              numeric
              label={t('table.colDuration')}
              sort={sort}
              onSort={setSort}
            />
            <SortHeader
              column="trainedOn"
              label={t('table.colBackend')}
              sort={sort}
              onSort={setSort}
            />
            <th scope="col">{t('table.colActions')}</th>
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
