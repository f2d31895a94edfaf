import { memo, useCallback, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import {
  axisKey,
  fittedAxis,
  fromZeroAxis,
  parseAxisKey,
  TICK_COUNT,
  ticksWithin,
  yTickCount,
} from '../../core/charts/axis-ticks';
import { formatXTick, formatYTick, isPercent } from '../../core/charts/chart-format';
import type { Quantity, TaskKind, XAxisMode, YScale } from '../../core/charts/series';
import { curvesExtent, mergeCurves, trainKey, valKey } from '../../core/experiments/comparison';
import { AxisTick, xAxisTitle } from '../charts/AxisTick';
import { GRID_COLOR } from '../charts/chart-theme';
import { ComparisonTooltip, type ComparedRun } from './ComparisonTooltip';
import { useTranslation } from '../../i18n/react';

const MARGIN = { top: 8, right: 24, bottom: 16, left: 0 };
const LOG_DOMAIN = ['auto', 'auto'] as const;
const X_DOMAIN = ['dataMin', 'dataMax'] as const;
const UNIT_AXIS = { domain: [0, 1] as [number, number], ticks: ticksWithin(0, 1, TICK_COUNT - 1) };
const VAL_DASH = '5 3';

export interface ComparisonPlotProps {
  runs: readonly ComparedRun[];
  quantity: Quantity;
  task: TaskKind;
  xAxis: XAxisMode;
  yScale: YScale;
  height: number;
}

/**
 * The compared runs' curves on one set of axes: training solid, validation
 * dashed, each run in its colour. Axes come from our own tick code and
 * everything handed to recharts is memoised, as in the training charts.
 */
export const ComparisonPlot = memo(function ComparisonPlot({
  runs,
  quantity,
  task,
  xAxis,
  yScale,
  height,
}: ComparisonPlotProps) {
  const { t } = useTranslation('runs');
  const log = yScale === 'log';
  const curves = useMemo(() => runs.map((r) => r.curves), [runs]);
  const rows = useMemo(() => mergeCurves(curves), [curves]);
  const { xMax, yMax } = useMemo(() => curvesExtent(curves), [curves]);
  const xKey = axisKey(fittedAxis(xMax, TICK_COUNT, xAxis === 'step'));
  const yKey = isPercent(quantity, task) ? 'unit' : axisKey(fromZeroAxis(yMax, yTickCount(height)));
  const xTicks = useMemo(() => parseAxisKey(xKey), [xKey]);
  const yTicks = useMemo(() => (yKey === 'unit' ? UNIT_AXIS : parseAxisKey(yKey)), [yKey]);
  const xTick = useCallback((v: number) => formatXTick(xAxis, v), [xAxis]);
  const yTick = useCallback((v: number) => formatYTick(quantity, task, v), [quantity, task]);
  const xLabel = useMemo(() => xAxisTitle(t(`comparison.xTitle.${xAxis}`)), [t, xAxis]);
  const tooltip = useCallback(
    (p: TooltipContentProps) => (
      <ComparisonTooltip
        active={p.active}
        label={p.label}
        runs={runs}
        quantity={quantity}
        task={task}
        xAxis={xAxis}
      />
    ),
    [runs, quantity, task, xAxis],
  );
  const lines = useMemo(
    () =>
      runs.flatMap((r, i) => [
        r.curves.train.length > 0 && (
          <Line
            key={trainKey(i)}
            dataKey={trainKey(i)}
            name={t('comparison.lineTrain', { label: r.label })}
            stroke={r.color}
            strokeWidth={2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ),
        r.curves.val.length > 0 && (
          <Line
            key={valKey(i)}
            dataKey={valKey(i)}
            name={t('comparison.lineVal', { label: r.label })}
            stroke={r.color}
            strokeWidth={2}
            strokeDasharray={VAL_DASH}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ),
      ]),
    [runs, t],
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows} margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOR} vertical={false} />
        <XAxis
          interval={0}
          tick={AxisTick}
          dataKey="x"
          type="number"
          domain={xTicks?.domain ?? X_DOMAIN}
          {...(xTicks && { ticks: xTicks.ticks, niceTicks: 'none' as const })}
          tickFormatter={xTick}
          label={xLabel}
        />
        <YAxis
          interval={0}
          tick={AxisTick}
          scale={log ? 'log' : 'linear'}
          domain={log ? LOG_DOMAIN : (yTicks?.domain ?? [0, 'auto'])}
          {...(!log && yTicks && { ticks: yTicks.ticks, niceTicks: 'none' as const })}
          allowDataOverflow={log}
          width={56}
          tickFormatter={yTick}
        />
        <Tooltip isAnimationActive={false} content={tooltip} />
        {lines}
      </LineChart>
    </ResponsiveContainer>
  );
});
