import { useMemo } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { evenSample } from '../../core/array-range';
import type { Dataset } from '../../core/data/dataset';
import { formatInt, formatMetric } from '../../core/format';
import { Trans, useTranslation } from '../../i18n/react';
import type { ValuePredictions } from '../../worker/protocol';
import { PRED_DOT_COLOR, PRED_EXACT_COLOR, PRED_GRID_COLOR } from '../charts/chart-theme';
import { formatValue } from './examples';

/** Points drawn at most per chart (the metrics use every sample). */
const MAX_POINTS = 2000;
const MARGIN = { top: 8, right: 12, bottom: 20, left: 0 };

interface Target {
  name: string;
  mse: number | null;
  mae: number | null;
  r2: number | null;
}

/** A range covering [min, max] with round ends, the same for both axes so y = x is diagonal. */
function niceRange(min: number, max: number): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max === min) return [min - 1, max + 1];
  const step = 10 ** Math.floor(Math.log10(max - min)) / 2;
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step];
}

/** An axis tick: three significant digits. */
const tick = (v: number): string => String(Number(v.toPrecision(3)));

/** One target's predicted values against the actual ones, with the y = x line. */
function TargetPlot({
  name,
  r2,
  points,
  total,
  index,
}: {
  name: string;
  r2: number | null;
  points: { actual: number; predicted: number }[];
  /** Test samples in all (the points may be a sample of them). */
  total: number;
  index: number;
}) {
  const { t } = useTranslation('evaluate');
  const [lo, hi] = useMemo(() => {
    let min = Infinity;
    let max = -Infinity;
    for (const p of points) {
      min = Math.min(min, p.actual, p.predicted);
      max = Math.max(max, p.actual, p.predicted);
    }
    return niceRange(min, max);
  }, [points]);
  const domain = useMemo(() => [lo, hi] as [number, number], [lo, hi]);
  const segment = useMemo(
    () =>
      [
        { x: lo, y: lo },
        { x: hi, y: hi },
      ] as const,
    [lo, hi],
  );
  const actual = t('regression.actual', { name });
  const predicted = t('regression.predicted', { name });
  return (
    <figure className="pred-actual" data-testid={`pred-vs-actual-${index}`}>
      <figcaption>
        <Trans
          t={t}
          i18nKey={points.length < total ? 'regression.captionSample' : 'regression.captionAll'}
          values={{
            name,
            shown: formatInt(points.length),
            // The whole count is written as it is, without grouping.
            total: points.length < total ? formatInt(total) : String(total),
            r2: formatMetric(r2),
          }}
          components={{ name: <span translate="no" /> }}
        />
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <ScatterChart margin={MARGIN}>
          <CartesianGrid stroke={PRED_GRID_COLOR} />
          <XAxis
            type="number"
            dataKey="actual"
            name={actual}
            domain={domain}
            tickFormatter={tick}
            label={{ value: actual, position: 'insideBottom', offset: -10 }}
          />
          <YAxis
            type="number"
            dataKey="predicted"
            name={predicted}
            domain={domain}
            tickFormatter={tick}
            width={56}
            label={{ value: predicted, angle: -90, position: 'insideLeft', offset: 10 }}
          />
          <ReferenceLine
            segment={segment}
            stroke={PRED_EXACT_COLOR}
            strokeDasharray="4 4"
            ifOverflow="visible"
          />
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))}
          />
          <Scatter
            data={points}
            fill={PRED_DOT_COLOR}
            fillOpacity={0.6}
            isAnimationActive={false}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  );
}

/**
 * Regression results: per-target scores when there are several targets, and
 * a predicted-against-actual scatter per target (not for a result read
 * from a saved model, which keeps no predictions).
 */
export function PredictedVsActual({
  dataset,
  predictions,
  targets,
}: {
  dataset: Dataset;
  predictions: ValuePredictions | null;
  targets: Target[];
}) {
  const { t } = useTranslation('evaluate');
  const k = targets.length;
  const series = useMemo(() => {
    if (!predictions || predictions.n !== dataset.test.n) return null;
    const rows = evenSample(predictions.n, MAX_POINTS);
    return targets.map((_, j) =>
      Array.from(rows, (i) => ({
        actual: dataset.test.y[i * k + j] as number,
        predicted: predictions.values[i * k + j] as number,
      })),
    );
  }, [predictions, dataset, targets, k]);
  return (
    <>
      {k > 1 && (
        <table className="class-scores" aria-label={t('regression.perTarget')}>
          <thead>
            <tr>
              <th scope="col">{t('regression.target')}</th>
              <th scope="col">MSE</th>
              <th scope="col">MAE</th>
              <th scope="col">R²</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => (
              <tr key={target.name}>
                <th scope="row" translate="no">
                  {target.name}
                </th>
                <td>{formatMetric(target.mse)}</td>
                <td>{formatMetric(target.mae)}</td>
                <td>{formatMetric(target.r2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {series ? (
        series.map((points, j) => (
          <TargetPlot
            key={j}
            index={j}
            name={targets[j]?.name ?? t('regression.targetFallback', { n: j + 1 })}
            r2={targets[j]?.r2 ?? null}
            points={points}
            total={predictions?.n ?? points.length}
          />
        ))
      ) : (
        <p className="help">{t('regression.again')}</p>
      )}
    </>
  );
}
