/**
 * The still part of a training chart: its axes, their labels and the grid,
 * a recharts chart of its own drawn under the lines (PlotLines). It holds
 * two points only (the x-axis' ends), so new records never redraw it: only
 * a change of the axes does, and then in a task of its own.
 */
import { memo, useCallback, useMemo } from 'react';
import {
  CartesianGrid,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type CartesianGridProps,
} from 'recharts';
import type { AxisTicks } from '../../core/charts/axis-ticks';
import { formatXTick, formatYTick } from '../../core/charts/chart-format';
import type { Quantity, TaskKind, XAxisMode } from '../../core/charts/series';
import { useTranslation } from '../../i18n/react';
import { AxisTick, xAxisTitle } from './AxisTick';
import { GRID_COLOR } from './chart-theme';

/** The chart's margins; the top and right ones leave room for half of the last tick labels. */
export const PLOT_MARGIN = { top: 8, right: 24, bottom: 16, left: 0 };
/** The y-axis' width and the x-axis' height, which the lines' chart leaves free. */
export const Y_AXIS_PX = 56;
export const X_AXIS_PX = 30;

const NO_LINES = () => [];

export interface PlotAxes {
  x: AxisTicks;
  y: AxisTicks;
  log: boolean;
}

/**
 * Both axes show every tick (`interval={0}`; there are about five): any
 * other interval makes recharts measure each label in the DOM.
 */
export const PlotFrame = memo(function PlotFrame({
  axes,
  xAxis,
  quantity,
  task,
  height,
}: {
  axes: PlotAxes;
  xAxis: XAxisMode;
  quantity: Quantity;
  task: TaskKind;
  height: number;
}) {
  // The axis title follows the language: the hook re-renders the frame when it changes.
  const { t } = useTranslation('charts');
  const { x, y, log } = axes;
  const ends = useMemo(() => x.domain.map((v) => ({ x: v })), [x]);
  const xTick = useCallback((v: number) => formatXTick(xAxis, v), [xAxis]);
  const yTick = useCallback((v: number) => formatYTick(quantity, task, v), [quantity, task]);
  const xLabel = useMemo(() => xAxisTitle(t(`xAxis.title.${xAxis}`)), [t, xAxis]);
  // Lines at our y ticks, and none across: recharts' own generators measure
  // every tick label, the vertical one even when it draws no lines.
  const horizontalLines = useCallback<
    NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']>
  >(
    ({ offset }) => {
      const [lo = 0, hi = 1] = log ? y.domain.map(Math.log10) : y.domain;
      const top = offset.top ?? 0;
      const h = offset.height ?? 0;
      return y.ticks.map((t) => top + h * (1 - ((log ? Math.log10(t) : t) - lo) / (hi - lo)));
    },
    [y, log],
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={ends} margin={PLOT_MARGIN}>
        <CartesianGrid
          strokeDasharray="3 3"
          stroke={GRID_COLOR}
          vertical={false}
          verticalCoordinatesGenerator={NO_LINES}
          horizontalCoordinatesGenerator={horizontalLines}
        />
        <XAxis
          interval={0}
          tick={AxisTick}
          dataKey="x"
          type="number"
          height={X_AXIS_PX}
          domain={x.domain}
          ticks={x.ticks}
          niceTicks="none"
          tickFormatter={xTick}
          label={xLabel}
        />
        <YAxis
          interval={0}
          tick={AxisTick}
          scale={log ? 'log' : 'linear'}
          domain={y.domain}
          ticks={y.ticks}
          niceTicks="none"
          allowDataOverflow
          width={Y_AXIS_PX}
          tickFormatter={yTick}
        />
      </LineChart>
    </ResponsiveContainer>
  );
});
