import { memo, useEffect, useMemo, useState } from 'react';
import { Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import {
  axisKey,
  fittedAxis,
  fromZeroAxis,
  logAxis,
  parseAxisKey,
  pointExtent,
  TICK_COUNT,
  ticksWithin,
  yTickCount,
  type AxisTicks,
} from '../../core/charts/axis-ticks';
import { isPercent } from '../../core/charts/chart-format';
import type { ChartPoint, Quantity, TaskKind, XAxisMode, YScale } from '../../core/charts/series';
import { ChartHoverFrame } from './ChartHover';
import type { TooltipSeries } from './ChartTooltip';
import { RAW_OPACITY, showsDots, VAL_COLOR } from './chart-theme';
import { trainingHover } from './hover-sync';
import { PLOT_MARGIN, PlotFrame, X_AXIS_PX, Y_AXIS_PX, type PlotAxes } from './PlotFrame';
import { GeometryCell, GeometryProbe } from './plot-geometry';

// Recharts keeps its props in an internal store and recomputes its selectors
// whenever one changes identity, so everything passed to it is a constant or
// memoised: on each update of a training run only the data changes.
/** The lines' chart has no axes of its own: it leaves their room free, so both plot areas match. */
const LINES_MARGIN = {
  ...PLOT_MARGIN,
  left: PLOT_MARGIN.left + Y_AXIS_PX,
  bottom: PLOT_MARGIN.bottom + X_AXIS_PX,
};
const UNIT_AXIS: AxisTicks = { domain: [0, 1], ticks: ticksWithin(0, 1, TICK_COUNT - 1) };
/** Before there is anything to draw. */
const EMPTY_X: AxisTicks = { domain: [0, 10], ticks: ticksWithin(0, 10, TICK_COUNT, true) };
const EMPTY_LOG: AxisTicks = { domain: [0.1, 1], ticks: [0.1, 1] };
const DOT = { r: 2 };

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
  /** The epoch the running run ends at, if one is going: the dots are chosen for its whole length. */
  runEpochs: number | null;
  yScale: YScale;
  height: number;
  /** Training line colour. */
  color: string;
  /** Series in legend order, for the tooltip; `val` only where there are validation values. */
  series: TooltipSeries[];
  /** Called once what was passed is on screen, lines and axes: a frame and a task after the last of them. */
  onDrawn?: () => void;
}

/** The axes for these points: from our own pass over them, the same object while they don't change. */
function usePlotAxes(
  sets: readonly (readonly ChartPoint[])[],
  { quantity, task, xAxis, xEnd, yScale, height }: SeriesPlotProps,
): PlotAxes {
  const { xMax, yMax, yMinPositive } = useMemo(() => pointExtent(sets), [sets]);
  const log = yScale === 'log';
  // While a run goes, to a nice tick at or past its end (stable as it grows);
  // after it, fitted to the data.
  const x =
    xEnd === null
      ? fittedAxis(xMax, TICK_COUNT, xAxis === 'step')
      : fromZeroAxis(Math.max(xMax, xEnd), TICK_COUNT, xAxis === 'step');
  const percent = isPercent(quantity, task);
  const y = log
    ? (logAxis(yMinPositive, yMax, percent ? 1 : Infinity) ?? EMPTY_LOG)
    : percent
      ? UNIT_AXIS
      : fromZeroAxis(yMax, yTickCount(height));
  const xKey = axisKey(x ?? EMPTY_X);
  const yKey = axisKey(y ?? UNIT_AXIS);
  const xTicks = useMemo(() => parseAxisKey(xKey) as AxisTicks, [xKey]);
  const yTicks = useMemo(() => parseAxisKey(yKey) as AxisTicks, [yKey]);
  return useMemo(() => ({ x: xTicks, y: yTicks, log }), [xTicks, yTicks, log]);
}

/** Run `then` in a task after the next frame (whose paint shows what was just committed). */
function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value`, a frame and a task late: what draws it waits until what draws
 * the new value at once has been painted (recharts redraws a chart in the
 * animation frame after its commit), so the two never share a task.
 */
function useLagging<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(
    () => (Object.is(shown, value) ? undefined : afterNextPaint(() => setShown(value))),
    [value, shown],
  );
  return shown;
}

/**
 * The recharts part of a training chart, in two charts stacked: the axes
 * and grid (PlotFrame), which redraw only when an axis changes and then a
 * task after the lines, and the lines over them, which redraw with every
 * update. A recharts chart redraws all of itself at once, so one chart of
 * both would do the two in one task. Animation is off so the lines keep up
 * with training; the legend is drawn outside (ChartLegend).
 */
export const SeriesPlot = memo(function SeriesPlot(props: SeriesPlotProps) {
  const {
    label,
    rows,
    validation,
    quantity,
    task,
    perBatch,
    xAxis,
    height,
    color,
    series,
    onDrawn,
    runEpochs,
  } = props;
  const isLr = quantity === 'learningRate';
  const [cell] = useState(() => new GeometryCell());
  const sets = useMemo(
    () => (perBatch ? [rows, validation] : [rows]),
    [perBatch, rows, validation],
  );
  const axes = usePlotAxes(sets, props);
  const frameAxes = useLagging(axes);
  // Drawn once the frame has caught up with the lines, and painted.
  useEffect(
    () => (frameAxes === axes && onDrawn ? afterNextPaint(onDrawn) : undefined),
    [frameAxes, axes, onDrawn],
  );
  const valCount = perBatch
    ? validation.length
    : rows.reduce((n, p) => n + (p.val === null ? 0 : 1), 0);
  const train = series.find((s) => s.key === 'train');
  const raw = series.find((s) => s.key === 'trainRaw');
  const val = series.find((s) => s.key === 'val');
  const trainDots = !perBatch && showsDots(rows.length, runEpochs);
  const valDots = showsDots(valCount, runEpochs);
  const hasVal = valCount > 0;

  // The chart's parts as memoised elements: a new data array re-renders the
  // chart, and React skips every part whose element is the same, so only
  // the parts that read the data from recharts' store redraw, once each.
  const hiddenAxes = useMemo(
    () => (
      <>
        <XAxis
          hide
          dataKey="x"
          type="number"
          domain={axes.x.domain}
          ticks={axes.x.ticks}
          niceTicks="none"
        />
        <YAxis
          hide
          scale={axes.log ? 'log' : 'linear'}
          domain={axes.y.domain}
          ticks={axes.y.ticks}
          niceTicks="none"
          allowDataOverflow
        />
      </>
    ),
    [axes],
  );
  // Every line is always there, hidden while it has nothing to draw: mounting
  // one when its first points arrive (at the start of a run) costs more
  // than a redraw.
  const rawLine = useMemo(
    () => (
      <Line
        dataKey="trainRaw"
        name={raw?.name ?? 'raw'}
        hide={!raw}
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
    () => (
      <Line
        dataKey="train"
        name={train?.name ?? 'training'}
        hide={!train}
        legendType="none"
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
    () => (
      <Line
        {...(perBatch && { data: validation })}
        dataKey="val"
        name={val?.name ?? 'validation'}
        hide={!(val && hasVal)}
        legendType="none"
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
  const probe = useMemo(() => <GeometryProbe cell={cell} />, [cell]);

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
      <PlotFrame axes={frameAxes} xAxis={xAxis} quantity={quantity} task={task} height={height} />
      <div className="chart-lines">
        <ResponsiveContainer width="100%" height={height}>
          <LineChart data={rows} margin={LINES_MARGIN}>
            {hiddenAxes}
            {rawLine}
            {trainLine}
            {valLine}
            {probe}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartHoverFrame>
  );
});
