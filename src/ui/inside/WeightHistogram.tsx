import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { binRange, rebin, type Histogram } from '../../core/insight/histogram';
import { fmtWeight } from './WeightFormat';

const MARGIN = { top: 4, right: 6, bottom: 0, left: 0 };
const BAR_COLOR = '#1f77d0';
const REF_COLOR = '#8a929c';

interface Row {
  bin: number;
  range: string;
  count: number;
  /**
   * The reference epoch's count spread onto this bin, or undefined. (Not
   * named `ref`: recharts spreads row fields onto its SVG elements.)
   */
  earlier?: number;
}

/**
 * One weight tensor's histogram at the chosen epoch, with a faint dashed
 * outline of an earlier epoch's histogram (spread onto the same bins) so
 * you can see how far the weights moved. Animation is off so it keeps up
 * with training; hovering a bar shows its range and count.
 */
export const WeightHistogram = memo(function WeightHistogram({
  label,
  histogram,
  reference,
  referenceEpoch,
  epoch,
}: {
  /** e.g. "dense_1 kernel": names the chart for assistive tech. */
  label: string;
  histogram: Histogram;
  reference: Histogram | null;
  referenceEpoch: number;
  epoch: number;
}) {
  const rows = useMemo<Row[]>(() => {
    const k = histogram.counts.length;
    const ref = reference ? rebin(reference, histogram.min, histogram.max, k) : null;
    return histogram.counts.map((count, bin) => {
      const [a, z] = binRange(histogram, bin);
      return {
        bin,
        range: `${fmtWeight(a)} to ${fmtWeight(z)}`,
        count,
        ...(ref && { earlier: ref[bin] }),
      };
    });
  }, [histogram, reference]);
  const tooltip = useCallback(
    (p: TooltipContentProps) => {
      const row = p.payload?.[0]?.payload as Row | undefined;
      if (!p.active || !row) return null;
      return (
        <div className="weight-tooltip">
          <div>{row.range}</div>
          <div>
            <strong>{row.count.toLocaleString('en-US')}</strong> at epoch {epoch}
          </div>
          {row.earlier !== undefined && (
            <div className="weight-muted">
              ≈{Number(row.earlier.toFixed(1)).toLocaleString('en-US')} at epoch {referenceEpoch}
            </div>
          )}
        </div>
      );
    },
    [epoch, referenceEpoch],
  );
  const h = histogram;
  return (
    <figure
      className="weight-histogram"
      role="img"
      aria-label={`Histogram of ${label} at epoch ${epoch}: ${h.n.toLocaleString('en-US')} values from ${fmtWeight(h.min)} to ${fmtWeight(h.max)}`}
      data-testid="weight-histogram"
      data-counts={h.counts.join(',')}
    >
      <ResponsiveContainer width="100%" height={80}>
        <ComposedChart data={rows} margin={MARGIN} barCategoryGap={0}>
          <XAxis dataKey="bin" hide />
          <YAxis hide domain={[0, 'auto']} />
          <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: '#0001' }} />
          <Bar dataKey="count" fill={BAR_COLOR} isAnimationActive={false} />
          {reference && (
            <Line
              dataKey="earlier"
              type="step"
              stroke={REF_COLOR}
              strokeDasharray="3 2"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption>
        <span className="weight-range">
          <span>{fmtWeight(h.min)}</span>
          <span>{fmtWeight(h.max)}</span>
        </span>
        <span className="weight-stats">
          mean {fmtWeight(h.mean)} · std {fmtWeight(h.std)}
        </span>
      </figcaption>
    </figure>
  );
});
