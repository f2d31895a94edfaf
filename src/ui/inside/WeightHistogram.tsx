import { memo, useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import {
  binAt,
  histogramBars,
  histogramTop,
  stepOutline,
  type PlotBox,
} from '../../core/charts/histogram-plot';
import { formatInt, formatNumber } from '../../core/format';
import { binRange, rebin, type Histogram } from '../../core/insight/histogram';
import { Trans, useTranslation } from '../../i18n/react';
import {
  HISTOGRAM_BAR_COLOR,
  HISTOGRAM_HOVER_COLOR,
  HISTOGRAM_REF_COLOR,
} from '../charts/chart-theme';
import { useVisiblePaint } from '../charts/use-visible-paint';
import { fmtWeight } from './WeightFormat';

/** CSS height of the plot, and the room kept above the tallest bar. */
const HEIGHT = 80;
const PAD_TOP = 4;

/**
 * Paint the bars (and the earlier epoch's outline) on `canvas`, sized to
 * its CSS box at the device's pixel ratio so the edges stay crisp.
 */
function paintHistogram(
  canvas: HTMLCanvasElement,
  counts: readonly number[],
  outline: readonly number[] | null,
  hovered: number | null,
): void {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.round(HEIGHT * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const pad = Math.round(PAD_TOP * ratio);
  const box: PlotBox = { width, height: height - pad };
  const top = histogramTop(counts, outline);
  const bars = histogramBars(counts, top, box);
  const hover = hovered === null ? undefined : bars[hovered];
  if (hover) {
    ctx.fillStyle = HISTOGRAM_HOVER_COLOR;
    ctx.fillRect(hover.x, 0, hover.w, height);
  }
  ctx.fillStyle = HISTOGRAM_BAR_COLOR;
  for (const b of bars) if (b.h > 0) ctx.fillRect(b.x, pad + b.y, b.w, b.h);
  if (outline) {
    ctx.strokeStyle = HISTOGRAM_REF_COLOR;
    ctx.lineWidth = ratio;
    ctx.setLineDash([3 * ratio, 2 * ratio]);
    ctx.beginPath();
    stepOutline(outline, top, box).forEach(([x, y], i) =>
      i === 0 ? ctx.moveTo(x, pad + y) : ctx.lineTo(x, pad + y),
    );
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/**
 * One weight tensor's histogram at the chosen epoch, on a canvas, with a
 * faint dashed outline of an earlier epoch's histogram (spread onto the
 * same bins) so you can see how far the weights moved. Painted only while
 * on screen; hovering a bar shows its range and count.
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
  const { t } = useTranslation('inside');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const h = histogram;
  const k = h.counts.length;
  const outline = useMemo(
    () => (reference ? rebin(reference, h.min, h.max, k) : null),
    [reference, h.min, h.max, k],
  );
  const paint = useCallback(() => {
    if (canvas.current) paintHistogram(canvas.current, h.counts, outline, hovered);
  }, [h.counts, outline, hovered]);
  useVisiblePaint(canvas, paint);

  const bin = hovered !== null && hovered < k ? hovered : null;
  const onPointer = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setHovered(binAt(e.clientX - r.left, k, r.width));
  };
  const [lo, hi] = bin === null ? [0, 0] : binRange(h, bin);
  const earlier = bin === null ? undefined : outline?.[bin];
  return (
    <figure
      className="weight-histogram"
      role="img"
      aria-label={t('histogram.label', {
        label,
        epoch,
        n: formatInt(h.n),
        min: fmtWeight(h.min),
        max: fmtWeight(h.max),
      })}
      data-testid="weight-histogram"
      data-counts={h.counts.join(',')}
    >
      <canvas
        ref={canvas}
        className="weight-histogram-plot"
        style={{ height: HEIGHT }}
        aria-hidden="true"
        onPointerDown={onPointer}
        onPointerMove={onPointer}
        onPointerLeave={() => setHovered(null)}
      />
      {bin !== null && (
        <div className="weight-tooltip" style={{ left: `${((bin + 0.5) / k) * 100}%` }}>
          <div>{t('histogram.range', { lo: fmtWeight(lo), hi: fmtWeight(hi) })}</div>
          <div>
            <Trans
              t={t}
              i18nKey="histogram.count"
              values={{ n: formatInt(h.counts[bin] ?? 0), epoch }}
              components={[<strong key="count" />]}
            />
          </div>
          {earlier !== undefined && (
            <div className="weight-muted">
              {t('histogram.earlier', {
                n: formatNumber(Number(earlier.toFixed(1))),
                epoch: referenceEpoch,
              })}
            </div>
          )}
        </div>
      )}
      <figcaption>
        <span className="weight-range">
          <span>{fmtWeight(h.min)}</span>
          <span>{fmtWeight(h.max)}</span>
        </span>
        <span className="weight-stats">
          {t('histogram.stats', { mean: fmtWeight(h.mean), std: fmtWeight(h.std) })}
        </span>
      </figcaption>
    </figure>
  );
});
