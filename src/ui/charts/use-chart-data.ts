/**
 * Store selections and memoised series for the training charts. The store
 * changes up to once per frame while a run streams records; a chart takes
 * them at most every 250 ms, or less often when drawing is slow (see
 * core/charts/refresh.ts), without re-rendering in between; it rebuilds its
 * series only when the records or the view change, and draws at a lower
 * priority than input.
 */
import { useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MIN_REFRESH_MS, refreshInterval } from '../../core/charts/refresh';
import { buildChartSeries, type ChartView, type Quantity } from '../../core/charts/series';
import type { BatchRecord, EpochRecord } from '../../core/train/history';
import { useStore } from '../../store/store';

/** The epoch records; a flush without a new epoch keeps the same array for React. */
export const useEpochHistory = () => useStore(useShallow((s) => s.history));

export const useTaskKind = () => useStore((s) => s.dataset.task.kind);

interface Records {
  batches: readonly BatchRecord[];
  history: readonly EpochRecord[];
}

const readRecords = (): Records => {
  const s = useStore.getState();
  return { batches: s.batchHistory, history: s.history };
};

/**
 * The store's records as an external source that tells the charts of
 * changes at most once per refresh interval: a change after a quiet spell at
 * once, a burst at intervals, and the last one always. All charts share it,
 * so they redraw together, and each reports with `drawn()` when its redraw
 * is on screen: the time until the last one sets the next interval.
 */
function createRecordsSource() {
  let value = readRecords();
  let interval = MIN_REFRESH_MS;
  let lastNotified = -Infinity;
  /** When the charts were last told, how many there were, and which have drawn it. */
  let round: { at: number; charts: number; drawn: Set<unknown> } | null = null;
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void) | null = null;

  const onChange = () => {
    if (timer !== null) return;
    const wait = Math.max(0, lastNotified + interval - performance.now());
    timer = setTimeout(() => {
      timer = null;
      const next = readRecords();
      if (next.batches === value.batches && next.history === value.history) return;
      value = next;
      lastNotified = performance.now();
      round = { at: lastNotified, charts: listeners.size, drawn: new Set() };
      listeners.forEach((notify) => notify());
    }, wait);
  };

  return {
    getSnapshot: (): Records => value,
    /** The chart `chart` (any stable identity) has drawn `records`. */
    drawn(chart: unknown, records: Records): void {
      if (round === null || records !== value) return;
      round.drawn.add(chart);
      if (round.drawn.size < round.charts) return;
      interval = refreshInterval(
        performance.now() - round.at,
        useStore.getState().engine.mode === 'page',
      );
      round = null;
    },
    subscribe(notify: () => void): () => void {
      listeners.add(notify);
      unsubscribe ??= useStore.subscribe(onChange);
      onChange(); // the store may have changed since `value` was read
      return () => {
        listeners.delete(notify);
        if (listeners.size > 0) return;
        unsubscribe?.();
        unsubscribe = null;
        if (timer !== null) clearTimeout(timer);
        timer = null;
      };
    },
  };
}

const recordsSource = createRecordsSource();

/** What a chart of `quantity` draws, downsampled; deferred so typing and clicks come first. */
export function useChartSeries(quantity: Quantity, view: ChartView) {
  const records = useSyncExternalStore(recordsSource.subscribe, recordsSource.getSnapshot);
  const task = useTaskKind();
  const { granularity, xAxis, yScale, smoothing } = view;
  const drawing = useMemo(
    () => ({
      records,
      series: buildChartSeries({ ...records, task }, quantity, {
        granularity,
        xAxis,
        yScale,
        smoothing,
      }),
    }),
    [records, task, quantity, granularity, xAxis, yScale, smoothing],
  );
  const drawn = useDeferredValue(drawing);
  useEffect(() => {
    // The next frame's paint, and a task after it: the redraw is on screen.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => recordsSource.drawn(quantity, drawn.records), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn, quantity]);
  return { series: drawn.series, task };
}
