/**
 * The cost of one training-chart redraw, alone on a page: the loss chart as
 * the app draws it (per batch: smoothed and raw training lines and the
 * validation line, downsampled to the chart's point budget; per epoch:
 * training and validation with dots), redrawn with one more epoch of
 * records at a time. Each redraw starts in its own task a fixed gap after
 * the last and marked (`performance.mark('redraw')`), so a trace of the
 * page's thread gives each redraw's CPU time (bench/charts-case.ts reads
 * it). The x-axis spans the whole run from the start, as the app's does
 * while training; `?axis=fitted` fits it to the records on every redraw
 * instead, as the app does once a run has ended, so every redraw also
 * redraws both axes and the grid. `?view=epoch` draws per epoch,
 * `?redraws=` sets how many.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { buildChartSeries, DEFAULT_CHART_VIEW, type ChartView } from '../src/core/charts/series';
import type { BatchRecord, EpochRecord } from '../src/core/train/history';
import { SeriesPlot } from '../src/ui/charts/SeriesPlot';
import { TRAIN_COLOR, VAL_COLOR } from '../src/ui/charts/chart-theme';
import '../src/app/styles.css';
import { pageReport } from './page-report';

const params = new URLSearchParams(location.search);
const VIEW: ChartView = {
  ...DEFAULT_CHART_VIEW,
  granularity: params.get('view') === 'epoch' ? 'epoch' : 'batch',
};
const REDRAWS = Number(params.get('redraws') ?? 30);
const FITTED = params.get('axis') === 'fitted';
const BATCHES_PER_EPOCH = 40;
/** Gap between redraws, long enough for each to finish before the next. */
const GAP_MS = 250;
const report = pageReport();

function records(epochs: number): { batches: BatchRecord[]; history: EpochRecord[] } {
  const batches: BatchRecord[] = [];
  const history: EpochRecord[] = [];
  for (let e = 1; e <= epochs; e++) {
    for (let b = 0; b < BATCHES_PER_EPOCH; b++) {
      const step = (e - 1) * BATCHES_PER_EPOCH + b + 1;
      const loss = 0.7 * Math.exp(-step / 900) + 0.05 * Math.abs(Math.sin(step * 12.9898));
      batches.push({
        epoch: e,
        step,
        loss,
        metric: 1 - loss,
        learningRate: 0.01,
        elapsedMs: step * 10,
      });
    }
    const loss = 0.7 * Math.exp(-(e * BATCHES_PER_EPOCH) / 900);
    history.push({
      epoch: e,
      loss,
      acc: 1 - loss,
      valLoss: loss * 1.1,
      valAcc: 1 - loss * 1.1,
      learningRate: 0.01,
      elapsedMs: e * BATCHES_PER_EPOCH * 10,
    });
  }
  return { batches, history };
}

const perBatch = VIEW.granularity === 'batch';
const SERIES = [
  { key: 'train' as const, name: 'training loss', color: TRAIN_COLOR },
  ...(perBatch
    ? [{ key: 'trainRaw' as const, name: 'training loss (raw)', color: TRAIN_COLOR }]
    : []),
  { key: 'val' as const, name: 'validation loss', color: VAL_COLOR },
];

function Bench() {
  const [epochs, setEpochs] = useState(1);
  useEffect(() => {
    if (epochs >= REDRAWS) {
      setTimeout(() => {
        report.line({ name: 'redraws', value: REDRAWS - 1, unit: '', note: `${VIEW.granularity}` });
        report.done();
      }, GAP_MS);
      return;
    }
    const timer = setTimeout(() => {
      performance.mark('redraw');
      setEpochs((n) => n + 1);
    }, GAP_MS);
    return () => clearTimeout(timer);
  }, [epochs]);
  const { rows, validation } = buildChartSeries(
    { ...records(epochs), task: 'classification' },
    'loss',
    VIEW,
  );
  return (
    <SeriesPlot
      label="Loss"
      rows={rows}
      validation={validation}
      quantity="loss"
      task="classification"
      perBatch={perBatch}
      xAxis={VIEW.xAxis}
      xEnd={FITTED ? null : REDRAWS * BATCHES_PER_EPOCH}
      runEpochs={FITTED ? null : REDRAWS}
      yScale="linear"
      height={200}
      color={TRAIN_COLOR}
      series={SERIES}
    />
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Bench />);
