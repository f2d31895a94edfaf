import { memo, useCallback, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type CartesianGridProps,
} from 'recharts';
import {
  axisKey,
  fittedAxis,
  fromZeroAxis,
  parseAxisKey,
  pointExtent,
  TICK_COUNT,
  ticksWithin,
  yTickCount,
} from '../../core/charts/axis-ticks';
import { formatXTick, formatYTick, isPercent, X_AXIS_LABELS } from '../../core/charts/chart-format';
import type { ChartPoint, Quantity, TaskKind, XAxisMode, YScale } from '../../core/charts/series';
import { AxisTick, xAxisTitle } from './AxisTick';
import { ChartHoverFrame } from './ChartHover';
import type { TooltipSeries } from './ChartTooltip';
import { GRID_COLOR, MAX_DOTTED_POINTS, RAW_OPACITY, VAL_COLOR } from './chart-theme';
import { trainingHover } from './hover-sync';
import { GeometryCell, GeometryProbe } from './plot-geometry';

// Recharts keeps its props in an internal store and recomputes its selectors
// whenever one changes identity, so everything passed to it is a constant or
// memoised: on each update of a training run only the data changes.
// The top and right margins leave room for half of the last tick labels.
const MARGIN = { top: 8, right: 24, bottom: 16, left: 0 };
const X_DOMAIN = ['dataMin', 'dataMax'] as const;
const LOG_DOMAIN = ['auto', 'auto'] as const;
const FROM_ZERO_DOMAIN = [0, 'auto'] as const;
const UNIT_AXIS = { domain: [0, 1] as [number, number], ticks: ticksWithin(0, 1, TICK_COUNT - 1) };
const DOT = { r: 2 };
const NO_LINES = () => [];

export interface SeriesPlotProps {
  /** The chart's title, naming the plot for assistive technology. */
  label: string;
  rows: ChartPoint[];
  /** Per batch: validation rows, drawn as their own line. */
  validation: ChartPoint[];
  quantity: Quantity;
  task: TaskKind;
  perBatch: boolean;
  xAxis: XAxisMode;
  /** Where the running run ends on the x-axis, if known: the axis spans it from the start. */
  xEnd: number | null;
  yScale: YScale;
  height: number;
  /** Training line colour. */
  color: string;
  /** Series in legend order, for the tooltip; `val` only where there are validation values. */
  series: TooltipSeries[];
}

/**
 * The recharts part of a training chart. Animation is off so it keeps up
 * with training; the legend is drawn outside (ChartLegend), and the grid
 * has horizontal lines only: both cost time on every redraw. Both axes show
 * every tick (`interval={0}`; there are about five): any other interval
 * makes recharts measure each label in the DOM, a forced layout per redraw.
 */
export const SeriesPlot = memo(function SeriesPlot({
  label,
  rows,
  validation,
  quantity,
  task,
  perBatch,
  xAxis,
  xEnd,
  yScale,
  height,
  color,
  series,
}: SeriesPlotProps) {
  const isLr = quantity === 'learningRate';
  const log = yScale === 'log';
  const valCount = perBatch
    ? validation.length
    : rows.reduce((n, p) => n + (p.val === null ? 0 : 1), 0);
  const [cell] = useState(() => new GeometryCell());
  // Axes from our own pass over the points, handed to recharts as the same
  // arrays while they don't change: then it redraws only the lines.
  const { xMax, yMax } = useMemo(
    () => pointExtent(perBatch ? [rows, validation] : [rows]),
    [rows, validation, perBatch],
  );
  // While a run goes, to a nice tick at or past its end (stable as it grows);
  // after it, fitted to the data.
  const xKey = axisKey(
    xEnd === null
      ? fittedAxis(xMax, TICK_COUNT, xAxis === 'step')
      : fromZeroAxis(Math.max(xMax, xEnd), TICK_COUNT, xAxis === 'step'),
  );
  const yKey = isPercent(quantity, task) ? 'unit' : axisKey(fromZeroAxis(yMax, yTickCount(height)));
  const xAxisTicks = useMemo(() => parseAxisKey(xKey), [xKey]);
  const yAxisTicks = useMemo(() => (yKey === 'unit' ? UNIT_AXIS : parseAxisKey(yKey)), [yKey]);
  const xTick = useCallback((v: number) => formatXTick(xAxis, v), [xAxis]);
  const yTick = useCallback((v: number) => formatYTick(quantity, task, v), [quantity, task]);
  const xLabel = useMemo(() => xAxisTitle(X_AXIS_LABELS[xAxis]), [xAxis]);
  // The grid's lines at our y ticks, and none across: recharts' own generators
  // measure every tick label, the vertical one even when it draws no lines.
  const horizontalLines = useCallback<
    NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']>
  >(
    ({ offset }) => {
      if (!yAxisTicks) return [];
      const [lo, hi] = yAxisTicks.domain;
      const top = offset.top ?? 0;
      const height = offset.height ?? 0;
      return yAxisTicks.ticks.map((t) => top + height * (1 - (t - lo) / (hi - lo)));
    },
    [yAxisTicks],
  );
  const train = series.find((s) => s.key === 'train');
  const raw = series.find((s) => s.key === 'trainRaw');
  const val = series.find((s) => s.key === 'val');
  const trainDots = !perBatch && rows.length <= MAX_DOTTED_POINTS;
  const valDots = valCount <= MAX_DOTTED_POINTS;
  const hasVal = valCount > 0;

  // The chart's parts as memoised elements: a new data array re-renders the
  // chart, and React skips every part whose element is the same, so only
  // the parts that read the data from recharts' store redraw, once each.
  const grid = useMemo(
    () => (
      <CartesianGrid
        strokeDasharray="3 3"
        stroke={GRID_COLOR}
        vertical={false}
        verticalCoordinatesGenerator={NO_LINES}
        {...(!log && yAxisTicks && { horizontalCoordinatesGenerator: horizontalLines })}
      />
    ),
    [log, yAxisTicks, horizontalLines],
  );
  const xAxisElement = useMemo(
    () => (
      <XAxis
        interval={0}
        tick={AxisTick}
        dataKey="x"
        type="number"
        domain={xAxisTicks?.domain ?? X_DOMAIN}
        {...(xAxisTicks && { ticks: xAxisTicks.ticks, niceTicks: 'none' as const })}
        tickFormatter={xTick}
        label={xLabel}
      />
    ),
    [xAxisTicks, xTick, xLabel],
  );
  const yAxisElement = useMemo(
    () => (
      <YAxis
        interval={0}
        tick={AxisTick}
        scale={log ? 'log' : 'linear'}
        domain={log ? LOG_DOMAIN : (yAxisTicks?.domain ?? FROM_ZERO_DOMAIN)}
        {...(!log && yAxisTicks && { ticks: yAxisTicks.ticks, niceTicks: 'none' as const })}
        allowDataOverflow={log}
        width={56}
        tickFormatter={yTick}
      />
    ),
    [log, yAxisTicks, yTick],
  );
  const probe = useMemo(() => <GeometryProbe cell={cell} />, [cell]);
  const rawLine = useMemo(
    () =>
      raw && (
        <Line
          dataKey="trainRaw"
          name={raw.name}
          stroke={color}
          strokeOpacity={RAW_OPACITY}
          strokeWidth={1}
          dot={false}
          activeDot={false}
          legendType="none"
          connectNulls
          isAnimationActive={false}
        />
      ),
    [raw, color],
  );
  const trainLine = useMemo(
    () =>
      train && (
        <Line
          dataKey="train"
          name={train.name}
          legendType="plainline"
          stroke={color}
          strokeWidth={2}
          activeDot={false}
          dot={trainDots ? DOT : false}
          type={isLr ? 'stepAfter' : 'linear'}
          connectNulls
          isAnimationActive={false}
        />
      ),
    [train, color, trainDots, isLr],
  );
  const valLine = useMemo(
    () =>
      val &&
      hasVal && (
        <Line
          {...(perBatch && { data: validation })}
          dataKey="val"
          name={val.name}
          legendType="plainline"
          stroke={VAL_COLOR}
          strokeWidth={2}
          activeDot={false}
          dot={valDots ? DOT : false}
          connectNulls
          isAnimationActive={false}
        />
      ),
    [val, hasVal, perBatch, validation, valDots],
  );

  return (
    <ChartHoverFrame
      label={label}
      sync={trainingHover}
      cell={cell}
      rows={rows}
      validation={validation}
      perBatch={perBatch}
      series={series}
      quantity={quantity}
      task={task}
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={MARGIN}>
          {grid}
          {xAxisElement}
          {yAxisElement}
          {rawLine}
          {trainLine}
          {valLine}
          {probe}
        </LineChart>
      </ResponsiveContainer>
    </ChartHoverFrame>
  );
});
