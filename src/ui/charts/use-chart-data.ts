/**
 * Store selections and memoised series for the training charts. A chart
 * takes the records when the records source hands them over (in rounds,
 * one chart at a time: see records-source.ts), without re-rendering in
 * between; it rebuilds its series only when the records or the view
 * change, and draws at a lower priority than input.
 */
import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  buildChartSeries,
  effectiveView,
  type ChartView,
  type Quantity,
} from '../../core/charts/series';
import { useStore } from '../../store/store';
import { drawnPerBatch, recordsSource } from './records-source';

/** The epoch records; a flush without a new epoch keeps the same array for React. */
export const useEpochHistory = () => useStore(useShallow((s) => s.history));

export const useTaskKind = () => useStore((s) => s.dataset.task.kind);

/**
 * What a chart of `quantity` draws, downsampled, and the view it is drawn
 * in: `view` as far as the chart's records allow (see effectiveView; taken
 * from the chart's own records, so that the switch to per-batch points at
 * the start of a run comes with each chart's own redraw). Deferred so
 * typing and clicks come first.
 */
export function useChartSeries(quantity: Quantity, view: ChartView) {
  const [feed] = useState(() => recordsSource.feed());
  const records = useSyncExternalStore(feed.subscribe, feed.getSnapshot);
  const task = useTaskKind();
  const { granularity, xAxis, yScale, smoothing } = effectiveView(view, drawnPerBatch(records));
  // Deferred before the series are built, so that building them is part of
  // the low-priority render too, not of the task that handed the records over.
  const wanted = useMemo(
    () => ({ records, task, view: { granularity, xAxis, yScale, smoothing } }),
    [records, task, granularity, xAxis, yScale, smoothing],
  );
  const input = useDeferredValue(wanted);
  const drawn = useMemo(
    () => ({
      records: input.records,
      series: buildChartSeries({ ...input.records, task: input.task }, quantity, input.view),
    }),
    [input, quantity],
  );
  // Called by the plot once this redraw is on screen, axes and all.
  const markDrawn = useCallback(() => feed.drawn(drawn.records), [drawn, feed]);
  return {
    series: drawn.series,
    task: input.task,
    view: input.view,
    runEnd: input.records.runEnd,
    markDrawn,
  };
}
