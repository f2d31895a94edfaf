import { useMemo, useState } from 'react';
import { DEFAULT_CHART_VIEW, effectiveView, type ChartView } from '../../core/charts/series';
import { useStore } from '../../store/store';
import { TrainingDoctor } from '../doctor/TrainingDoctor';
import { ChartToolbar } from './ChartToolbar';
import { EpochSummary } from './EpochSummary';
import { HistoryExport } from './HistoryExport';
import { LearningRateChart } from './LearningRateChart';
import { RunsKeptLine } from './RunsKeptLine';
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
  const hasBatches = useStore((s) => s.batchHistory.length > 0);
  const shown = useMemo(() => effectiveView(view, hasBatches), [view, hasBatches]);
  return (
    <div className="training-charts">
      <ChartToolbar view={view} shown={shown} hasBatches={hasBatches} onChange={setView} />
      <SeriesChart quantity="loss" view={view} testId="loss-chart" height={220} />
      <SeriesChart quantity="metric" view={view} testId="metric-chart" height={180} />
      <LearningRateChart view={view} />
      <EpochSummary />
      <TrainingDoctor />
      <HistoryExport />
      <RunsKeptLine />
    </div>
  );
}
