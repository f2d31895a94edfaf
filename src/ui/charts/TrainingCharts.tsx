import { useMemo, useState } from 'react';
import { DEFAULT_CHART_VIEW, effectiveView, type ChartView } from '../../core/charts/series';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';
import { TrainingDoctor } from '../doctor/TrainingDoctor';
import { ChartToolbar } from './ChartToolbar';
import { EpochSummary } from './EpochSummary';
import { HistoryExport } from './HistoryExport';
import { LearningRateChart } from './LearningRateChart';
import { drawnPerBatch } from './records-source';
import { RunsKeptLine } from './RunsKeptLine';
import { RunVersusLine } from './RunVersusLine';
import { SeriesChart } from './SeriesChart';
import './charts.css';

/**
 * The training charts: loss, the task's metric and the learning rate, with
 * the options they share, the latest epoch's numbers and the CSV export.
 * The view is the reader's and lives here, not in the store; each chart
 * draws what its records allow of it.
 */
export function TrainingCharts() {
  const [view, setView] = useState<ChartView>(DEFAULT_CHART_VIEW);
  // As the charts draw: per batch from a new run's Train click on, before its first records.
  const hasBatches = useStore((s) =>
    drawnPerBatch({ batches: s.batchHistory, history: s.history, live: selectIsRunning(s) }),
  );
  const shown = useMemo(() => effectiveView(view, hasBatches), [view, hasBatches]);
  return (
    <div className="training-charts">
      <ChartToolbar view={view} shown={shown} hasBatches={hasBatches} onChange={setView} />
      <SeriesChart quantity="loss" view={view} testId="loss-chart" height={220} />
      <SeriesChart quantity="metric" view={view} testId="metric-chart" height={180} />
      <LearningRateChart view={view} />
      <EpochSummary />
      <RunVersusLine />
      <TrainingDoctor />
      <HistoryExport />
      <RunsKeptLine />
    </div>
  );
}
