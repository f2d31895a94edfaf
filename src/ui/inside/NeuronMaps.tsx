/**
 * Per-neuron activation maps over the input plane, for small MLPs on 2-D
 * data (TF Playground's thumbnails). Hovering or focusing a thumbnail shows
 * that unit's map in the big plot of the Data panel; clicking keeps it there.
 */
import { memo, useCallback, useEffect, useRef } from 'react';
import { symmetricRange, paintValues, type NeuronRef } from '../../core/insight/grid';
import {
  isPlaneData,
  selectBoundary,
  setBoundaryView,
  watchBoundary,
} from '../../store/actions/boundary';
import { useTranslation } from '../../i18n/react';
import { useStore, type AppState } from '../../store/store';
import { useVisiblePaint } from '../charts/use-visible-paint';
import { ShowOutputButton } from './ShowOutputButton';

type NeuronLayer = NonNullable<
  NonNullable<AppState['boundary']>['grid']['neurons']
>['layers'][number];

const same = (a: NeuronRef | null, b: NeuronRef) => a?.layer === b.layer && a.unit === b.unit;

const Thumb = memo(function Thumb({
  layer,
  index,
  unit,
  resolution,
}: {
  layer: NeuronLayer;
  index: number;
  unit: number;
  resolution: number;
}) {
  const { t } = useTranslation('inside');
  const ref = useRef<HTMLCanvasElement>(null);
  const pinned = useStore((s) => same(s.boundaryView.neuron, { layer: index, unit }));
  const me = { layer: index, unit };
  const paint = useCallback(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(resolution, resolution);
    const [lo, hi] = symmetricRange(layer.values, layer.units, unit);
    paintValues(layer.values, layer.units, unit, lo, hi, img.data);
    ctx.putImageData(img, 0, 0);
  }, [layer, unit, resolution]);
  useVisiblePaint(ref, paint);
  return (
    <button
      type="button"
      className={pinned ? 'neuron-thumb pinned' : 'neuron-thumb'}
      aria-label={t('neurons.unit', { layer: index + 1, unit: unit + 1 })}
      aria-pressed={pinned}
      title={t('neurons.unitTitle', { layer: index + 1, unit: unit + 1 })}
      onMouseEnter={() => setBoundaryView({ hover: me })}
      onMouseLeave={() => setBoundaryView({ hover: null })}
      onFocus={() => setBoundaryView({ hover: me })}
      onBlur={() => setBoundaryView({ hover: null })}
      onClick={() => setBoundaryView({ neuron: pinned ? null : me })}
    >
      <canvas ref={ref} width={resolution} height={resolution} aria-hidden="true" />
    </button>
  );
});

/** Thumbnails of every hidden unit grouped by layer, or one line saying why there are none. */
export function NeuronMaps() {
  const { t } = useTranslation('inside');
  const applies = useStore(isPlaneData);
  const hasModel = useStore((s) => s.model !== null);
  const boundary = useStore(selectBoundary);
  const error = useStore((s) => s.boundaryError);
  const hasPin = useStore((s) => s.boundaryView.neuron !== null);
  useEffect(() => watchBoundary(), []);

  let note: string | null = null;
  if (!applies) note = t('neurons.notPlane');
  else if (!hasModel) note = t('neurons.noModel');
  else if (error) note = error;
  else if (!boundary) note = t('neurons.computing');
  else if (boundary.grid.neuronProblem) note = boundary.grid.neuronProblem;
  const maps = boundary?.grid.neurons;
  return (
    <section className="neuron-maps" aria-labelledby="neuron-maps-title">
      <h3 id="neuron-maps-title">{t('neurons.title')}</h3>
      {note || !maps ? (
        <p className="muted" data-testid="neuron-note">
          {note ?? t('neurons.none')}
        </p>
      ) : (
        <>
          <p className="neuron-help muted">
            {t('neurons.help')}
            {hasPin && (
              <>
                {' '}
                <ShowOutputButton />
              </>
            )}
          </p>
          <div className="neuron-layers">
            {maps.layers.map((layer, i) => (
              <div
                key={layer.name}
                className="neuron-layer"
                role="group"
                aria-label={t('neurons.layerGroup', {
                  layer: i + 1,
                  name: layer.name,
                  n: layer.units,
                })}
              >
                <span className="neuron-layer-title">{t('neurons.layer', { layer: i + 1 })}</span>
                {Array.from({ length: layer.units }, (_, u) => (
                  <Thumb key={u} layer={layer} index={i} unit={u} resolution={maps.resolution} />
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
