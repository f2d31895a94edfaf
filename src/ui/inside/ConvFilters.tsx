import { memo, useCallback, useMemo, useRef } from 'react';
import { Trans, useTranslation } from '../../i18n/react';
import type { ConvFilters as Filters } from '../../worker/protocol';
import { useVisiblePaint } from '../charts/use-visible-paint';
import { fmtWeight } from './WeightFormat';

/** Filters drawn at most; a first layer with more shows the first ones and says so. */
const MAX_SHOWN = 64;
/** Each filter is scaled up (nearest neighbour) to about this many CSS pixels. */
const TARGET_PX = 40;

/** Diverging blue – white – red for t in [-1, 1] (ColorBrewer RdBu ends). */
function diverging(t: number): [number, number, number] {
  const c = Math.max(-1, Math.min(1, t));
  const end: [number, number, number] = c < 0 ? [33, 102, 172] : [178, 24, 43];
  const a = Math.abs(c);
  return [0, 1, 2].map((i) => Math.round(255 + (end[i]! - 255) * a)) as [number, number, number];
}

/**
 * Filter `o` as a kh × kw image, averaged over the input channels.
 * Kernel layout [kh, kw, in, out].
 */
function filterImage(f: Filters, o: number): Float32Array {
  const img = new Float32Array(f.kh * f.kw);
  for (let p = 0; p < f.kh * f.kw; p++) {
    let s = 0;
    for (let c = 0; c < f.inChannels; c++)
      s += f.values[(p * f.inChannels + c) * f.outChannels + o]!;
    img[p] = s / f.inChannels;
  }
  return img;
}

const FilterCanvas = memo(function FilterCanvas({
  image,
  kh,
  kw,
  scale,
  label,
}: {
  image: Float32Array;
  kh: number;
  kw: number;
  scale: number;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const paint = useCallback(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const data = ctx.createImageData(kw, kh);
    image.forEach((v, p) => {
      const [r, g, b] = diverging(scale > 0 ? v / scale : 0);
      data.data.set([r, g, b, 255], p * 4);
    });
    ctx.putImageData(data, 0, 0);
  }, [image, kh, kw, scale]);
  useVisiblePaint(ref, paint);
  const px = Math.max(1, Math.round(TARGET_PX / Math.max(kh, kw)));
  return (
    <canvas
      ref={ref}
      width={kw}
      height={kh}
      className="filter-image"
      style={{ width: kw * px, height: kh * px }}
      role="img"
      aria-label={label}
    />
  );
});

/**
 * The first Conv2D layer's learned filters as small images on one shared,
 * zero-centred colour scale: blue negative, white zero, red positive.
 */
export function ConvFilters({ filters, epoch }: { filters: Filters; epoch: number }) {
  const { t } = useTranslation('inside');
  const shown = Math.min(filters.outChannels, MAX_SHOWN);
  const images = useMemo(
    () => Array.from({ length: shown }, (_, o) => filterImage(filters, o)),
    [filters, shown],
  );
  const scale = useMemo(
    () => images.reduce((m, img) => img.reduce((a, v) => Math.max(a, Math.abs(v)), m), 0),
    [images],
  );
  const { kh, kw, inChannels, outChannels } = filters;
  return (
    <section className="filter-section" aria-label={t('filters.label')}>
      <h4 className="weight-layer-title">
        <Trans
          t={t}
          i18nKey="filters.title"
          values={{ layer: filters.layer, epoch }}
          components={[
            <span key="layer" translate="no" />,
            <span key="epoch" className="weight-muted" />,
          ]}
        />
      </h4>
      <p className="weight-help">
        {t(inChannels > 1 ? 'filters.helpMany' : 'filters.helpOne', {
          n: outChannels,
          kh,
          kw,
          channels: inChannels,
          scale: fmtWeight(scale),
        })}
        {outChannels > shown && t('filters.showing', { shown, n: outChannels })}
      </p>
      <div className="filter-grid" data-testid="conv-filters">
        {images.map((img, o) => (
          <FilterCanvas
            key={o}
            image={img}
            kh={kh}
            kw={kw}
            scale={scale}
            label={t('filters.filter', { index: o + 1, n: outChannels })}
          />
        ))}
      </div>
    </section>
  );
}
