import { useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMetric, formatPercent } from '../../core/format';
import { useStore } from '../../store/store';

/**
 * Training and validation loss per epoch, and the latest epoch's numbers as
 * text. Animation is off so the chart keeps up with training.
 */
export function LossChart() {
  const history = useStore((s) => s.history);
  const [logScale, setLogScale] = useState(false);
  const last = history.at(-1);
  const first = history[0];
  return (
    <div className="chart">
      <div className="row space-between">
        <h3>Loss</h3>
        <label className="inline">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(e) => setLogScale(e.target.checked)}
          />{' '}
          Log scale
        </label>
      </div>
      <div className="chart-box" data-testid="loss-chart" data-points={history.length}>
        {history.length === 0 ? (
          <p className="empty">The loss curves appear here once training starts.</p>
        ) : (
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={history} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ea" />
              <XAxis
                dataKey="epoch"
                type="number"
                domain={['dataMin', 'dataMax']}
                allowDecimals={false}
                label={{ value: 'epoch', position: 'insideBottom', offset: -8 }}
              />
              <YAxis
                scale={logScale ? 'log' : 'linear'}
                domain={logScale ? ['auto', 'auto'] : [0, 'auto']}
                allowDataOverflow={logScale}
                width={56}
                tickFormatter={(v: number) =>
                  v === 0 ? '0' : v < 0.01 ? v.toExponential(0) : v.toFixed(2)
                }
              />
              <Tooltip
                formatter={(v) => formatMetric(Number(v))}
                labelFormatter={(e) => `Epoch ${String(e)}`}
              />
              <Legend verticalAlign="top" height={28} />
              <Line
                name="training loss"
                dataKey="loss"
                stroke="#1f77d0"
                dot={false}
                isAnimationActive={false}
                strokeWidth={2}
              />
              <Line
                name="validation loss"
                dataKey="valLoss"
                stroke="#e66a1f"
                dot={false}
                isAnimationActive={false}
                strokeWidth={2}
              />
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
      {last && (
        <dl className="epoch-summary" data-testid="epoch-summary">
          <div>
            <dt>Epoch</dt>
            <dd data-testid="last-epoch">{last.epoch}</dd>
          </div>
          <div>
            <dt>Loss</dt>
            <dd data-testid="last-loss">{formatMetric(last.loss)}</dd>
          </div>
          <div>
            <dt>Val loss</dt>
            <dd data-testid="last-val-loss">{formatMetric(last.valLoss)}</dd>
          </div>
          <div>
            <dt>Accuracy</dt>
            <dd>{formatPercent(last.acc)}</dd>
          </div>
          <div>
            <dt>Val accuracy</dt>
            <dd data-testid="last-val-acc">{formatPercent(last.valAcc)}</dd>
          </div>
          <div>
            <dt>First-epoch loss</dt>
            <dd data-testid="first-loss">{formatMetric(first?.loss)}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}
