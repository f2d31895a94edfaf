import { useMemo, useRef, useState } from 'react';
import type { TaskKind } from '../../core/charts/series';
import { differingSettings, runLabel } from '../../core/experiments/differing-settings';
import {
  DEFAULT_COMPARISON_VIEW,
  runCurves,
  type ComparisonView,
  type RunCurves,
} from '../../core/experiments/comparison';
import type { RunSummary } from '../../core/experiments/run-summary';
import { useStore } from '../../store/store';
import { useHeldWhile, useInView } from '../common/use-in-view';
import { ComparisonPlot } from './ComparisonPlot';
import { ComparisonToolbar } from './ComparisonToolbar';
import type { ComparedRun } from './ComparisonTooltip';
import { runColor } from './run-colors';
import { RUN_COMPARISON_ID } from './run-comparison-id';
import { useRunHistories } from './use-run-histories';
import { useTranslation } from '../../i18n/react';
import { shownRunName } from '../../core/experiments/run-names';

const HEIGHT = 280;

/** The selected runs, in the order the table lists them (newest first). */
function selectedRuns(runs: readonly RunSummary[], ids: readonly string[]): RunSummary[] {
  const set = new Set(ids);
  return runs.filter((r) => set.has(r.id));
}

/**
 * The runs chosen in the table, their curves overlaid in one chart; the
 * legend names each run by what sets it apart from the others.
 */
export function ComparisonChart() {
  const { t } = useTranslation('runs');
  const allRuns = useStore((s) => s.runs);
  const ids = useStore((s) => s.runsSelected);
  const runs = useMemo(() => selectedRuns(allRuns, ids), [allRuns, ids]);
  const histories = useRunHistories(runs);
  const [view, setView] = useState<ComparisonView>(DEFAULT_COMPARISON_VIEW);
  const task: TaskKind =
    runs.every((r) => r.metric === 'mae') && runs.length > 0 ? 'regression' : 'classification';
  const differing = useMemo(() => differingSettings(runs.map((r) => r.config)), [runs]);

  // Curves are rebuilt when a history, the task or the view changes, not
  // when a run's summary does (the list updates as a run is recorded).
  const curves = useMemo(() => {
    const out = new Map<string, RunCurves>();
    for (const [id, history] of histories) out.set(id, runCurves(history, task, view));
    return out;
  }, [histories, task, view]);

  const compared = useMemo(
    () =>
      runs.flatMap((r): ComparedRun[] => {
        const c = curves.get(r.id);
        if (!c) return [];
        const label = runLabel(r.config, differing);
        return [
          {
            id: r.id,
            label: label ? `${shownRunName(r.name)} · ${label}` : shownRunName(r.name),
            color: runColor(r.colour),
            curves: c,
          },
        ];
      }),
    [runs, curves, differing],
  );
  const quantity =
    view.quantity === 'loss'
      ? t('comparison.quantity.loss')
      : task === 'classification'
        ? t('comparison.quantity.accuracy')
        : t('comparison.quantity.mae');
  const title = t('comparison.title', { quantity });
  // The plot (recharts, a costly redraw) waits while it is out of sight: a
  // run's end or a running run's growth then costs nothing until seen.
  const box = useRef<HTMLElement>(null);
  const inView = useInView(box);
  const drawn = useHeldWhile(compared, inView);

  return (
    <figure
      ref={box}
      id={RUN_COMPARISON_ID}
      className="comparison"
      aria-label={t('comparison.aria')}
    >
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <ComparisonToolbar view={view} task={task} onChange={setView} />
      {runs.length === 0 ? (
        <p className="muted">{t('comparison.empty')}</p>
      ) : (
        <>
          <ul className="chart-legend comparison-legend" aria-label={t('comparison.legendAria')}>
            {compared.map((r) => (
              <li key={r.id}>
                <i style={{ background: r.color }} aria-hidden="true" />
                <span translate="no">{r.label}</span>
              </li>
            ))}
          </ul>
          {!view.showTrain && !view.showVal && <p className="muted">{t('comparison.nothing')}</p>}
          <div
            className="comparison-plot"
            data-testid="comparison-plot"
            data-runs={compared.length}
          >
            {/* Not even mounted until there is something in sight to draw. */}
            {drawn.length > 0 && (
              <ComparisonPlot
                runs={drawn}
                quantity={view.quantity}
                task={task}
                xAxis={view.xAxis}
                yScale={view.yScale}
                height={HEIGHT}
              />
            )}
          </div>
          <p className="help">{t('comparison.help')}</p>
        </>
      )}
    </figure>
  );
}
