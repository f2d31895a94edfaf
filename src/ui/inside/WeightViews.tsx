/**
 * Histograms of each layer's weights and biases per epoch, and the first
 * Conv2D layer's filters. Reads the summaries the engine streams after each
 * epoch (store.weightHistory); follows the newest one while training unless
 * the user picked an epoch with the slider. Takes new summaries at most
 * every MIN_REFRESH_MS: a small network trains many epochs a second.
 */
import { memo, useDeferredValue, useState } from 'react';
import { MIN_REFRESH_MS } from '../../core/charts/refresh';
import { useTranslation } from '../../i18n/react';
import type { WeightSummary } from '../../worker/protocol';
import type { AppState } from '../../store/store';
import { useThrottledStore } from '../charts/use-throttled-store';
import { ConvFilters } from './ConvFilters';
import { WeightEpochSlider } from './WeightEpochSlider';
import { WeightLayerCard } from './WeightLayerCard';

const selectWeightHistory = (s: AppState) => s.weightHistory;

export function WeightViews() {
  const history = useThrottledStore(selectWeightHistory, MIN_REFRESH_MS);
  // Drawn at a lower priority than the charts of the run and the user's input.
  const shown = useDeferredValue(history);
  return <WeightViewsOf history={shown} />;
}

/** The views for one list of summaries: drawn again only when it changes. */
const WeightViewsOf = memo(function WeightViewsOf({
  history,
}: {
  history: readonly WeightSummary[];
}) {
  const { t } = useTranslation('inside');
  // The epoch the user picked, or null to follow the newest summary. A pick
  // belongs to one model's history (its first summary): a new model follows again.
  const [pin, setPin] = useState<{ base: WeightSummary; epoch: number } | null>(null);
  const epochs = history.map((s) => s.epoch);
  const base = history[0];
  const pinnedIndex = pin && pin.base === base ? epochs.indexOf(pin.epoch) : -1;
  const index = pinnedIndex >= 0 ? pinnedIndex : history.length - 1;
  const current = history[index];
  const reference = base;

  return (
    <div className="weight-views">
      <h3>{t('weights.title')}</h3>
      {!current ? (
        <p className="weight-help">{t('weights.empty')}</p>
      ) : (
        <>
          <p className="weight-help">{t('weights.help', { epoch: reference?.epoch ?? 0 })}</p>
          <WeightEpochSlider
            epochs={epochs}
            index={index}
            following={pinnedIndex < 0}
            onPick={(i) =>
              setPin(i === history.length - 1 || !base ? null : { base, epoch: epochs[i] ?? 0 })
            }
            onFollow={() => setPin(null)}
          />
          {current.note && <p className="weight-help">{current.note}</p>}
          {current.layers.length === 0 && <p className="weight-help">{t('weights.noWeights')}</p>}
          <div className="weight-layers">
            {current.layers.map((layer) => (
              <WeightLayerCard
                key={layer.name}
                layer={layer}
                reference={reference?.layers.find((l) => l.name === layer.name)}
                referenceEpoch={reference?.epoch ?? 0}
                epoch={current.epoch}
              />
            ))}
          </div>
          {current.filters && <ConvFilters filters={current.filters} epoch={current.epoch} />}
        </>
      )}
    </div>
  );
});
