import { useId, useMemo } from 'react';
import { maxOf } from '../../core/array-range';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { fromZeroAxis } from '../../core/charts/axis-ticks';
import { decadeTicks, formatRate } from '../../core/train/lr-range';
import type { LrRangeResult } from '../../worker/protocol';
import { useTranslation } from '../../i18n/react';
import { AxisTick, xAxisTitle } from '../charts/AxisTick';
import { GRID_COLOR, INK_COLOR, LR_COLOR, RAW_OPACITY, TRAIN_COLOR } from '../charts/chart-theme';

const HEIGHT = 220;
const MARGIN = { top: 8, right: 24, bottom: 16, left: 0 };
const formatLoss = (v: number) => String(Number(v.toPrecision(3)));

/** Index of the rate closest to `rate` on the log scale. */
function nearest(rates: readonly number[], rate: number): number {
  let best = 0;
  for (let i = 1; i < rates.length; i++)
    if (
      Math.abs(Math.log((rates[i] as number) / rate)) <
      Math.abs(Math.log((rates[best] as number) / rate))
    )
      best = i;
  return best;
}

/**
 * The range test's curve: the smoothed loss (the raw batch losses faintly
 * behind it) against the rate on a log axis, with the suggested rate
 * marked by a line and a dot on the curve. Drawn once per test, so it is
 * plain recharts without the training charts' memoising.
 */
export function LrRangeChart({
  result,
  describedBy,
}: {
  result: LrRangeResult;
  describedBy: string;
}) {
  const { t } = useTranslation('training');
  const titleId = useId();
  const { rates, losses, smoothed, suggestion } = result;
  const rows = useMemo(
    () => rates.map((rate, i) => ({ rate, loss: losses[i], smoothed: smoothed[i] })),
    [rates, losses, smoothed],
  );
  const lo = rates[0] as number;
  const hi = rates.at(-1) as number;
  // The y axis fits the smoothed curve; raw spikes past it are clipped.
  const y = fromZeroAxis(maxOf(smoothed), 4);
  const mark = suggestion.rate === null ? null : suggestion.rate;
  const markY = mark === null ? null : (smoothed[nearest(rates, mark)] as number);
  return (
    <figure
      className="chart lr-range-chart"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
    >
      <div className="chart-head">
        <h3 id={titleId}>{t('finder.chartTitle')}</h3>
      </div>
      <div
        className="chart-box"
        style={{ minHeight: HEIGHT }}
        data-testid="lr-range-chart"
        data-points={rows.length}
      >
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={rows} margin={MARGIN}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOR} vertical={false} />
            <XAxis
              dataKey="rate"
              type="number"
              scale="log"
              domain={[lo, hi]}
              ticks={decadeTicks(lo, hi)}
              interval={0}
              tick={AxisTick}
              tickFormatter={formatRate}
              label={xAxisTitle(t('finder.chartAxis'))}
              allowDataOverflow
            />
            <YAxis
              interval={0}
              tick={AxisTick}
              width={48}
              {...(y && { domain: y.domain, ticks: y.ticks })}
              tickFormatter={formatLoss}
              allowDataOverflow
            />
            <Line
              dataKey="loss"
              name={t('finder.batchLoss')}
              stroke={TRAIN_COLOR}
              strokeOpacity={RAW_OPACITY}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="smoothed"
              name={t('finder.smoothedLoss')}
              stroke={TRAIN_COLOR}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            {mark !== null && (
              <ReferenceLine
                x={mark}
                stroke={LR_COLOR}
                strokeDasharray="4 3"
                ifOverflow="extendDomain"
              />
            )}
            {mark !== null && markY !== null && (
              <ReferenceDot x={mark} y={markY} r={5} fill={LR_COLOR} stroke={INK_COLOR} />
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
