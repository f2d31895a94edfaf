import { useState } from 'react';
import { formatInt } from '../../core/format';
import { layerSettings } from '../../core/model/layer-kinds';
import type { LayerSpec } from '../../core/model/layer-spec';
import { layerKindHelp, shownSetting } from '../../core/model/layer-text';
import type { LayerRow } from '../../core/model/network-spec';
import { t as translate } from '../../i18n';
import { useTranslation } from '../../i18n/react';
import {
  duplicateLayer,
  moveLayer,
  moveLayerTo,
  removeLayer,
  updateLayer,
} from '../../store/actions/network';
import { SettingFields } from '../common/SettingFields';
import { LAYER_KIND_CONCEPT } from '../../core/learn';
import { Explain } from '../learn/Explain';
import { layerSettingConcept } from '../learn/setting-concepts';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon } from '../common/icons';

/** A shape with its batch dimension first, "[batch, 2]", in the current language. */
export const shapeText = (s: readonly number[] | null): string =>
  s ? `[${[translate('network:card.batch'), ...s].join(', ')}]` : '—';

interface Props {
  layer: LayerSpec;
  row: LayerRow;
  index: number;
  count: number;
}

/** Drag-and-drop payload type for reordering layers. */
const DRAG_TYPE = 'application/x-playground-layer';

/** One layer of the stack: its settings inline, its shape and parameters, and its controls. */
export function LayerCard({ layer, row, index, count }: Props) {
  const { t } = useTranslation('network');
  const [dropTarget, setDropTarget] = useState(false);
  const values = layer as unknown as Record<string, unknown>;
  // The rate means nothing without a regularizer.
  const params = layerSettings(layer.kind)
    .filter((p) => p.key !== 'regRate' || values['reg'] !== 'none')
    .map((p) => shownSetting(layer.kind, p));
  return (
    <li
      className={`layer-card${row.error ? ' invalid' : ''}${dropTarget ? ' drop-target' : ''}`}
      data-testid="layer-card"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) {
          e.preventDefault();
          setDropTarget(true);
        }
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDropTarget(false);
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (id) moveLayerTo(id, index);
      }}
    >
      {/* The group sits inside the item: a list may hold only list items. */}
      <div role="group" aria-label={row.label}>
        <div className="layer-head">
          <span
            className="drag-handle"
            draggable
            aria-hidden="true"
            title={t('card.drag')}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, layer.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            ⠿
          </span>
          <strong title={layerKindHelp(layer.kind)}>{row.label}</strong>
          <Explain concept={LAYER_KIND_CONCEPT[layer.kind]} />
          <span className="layer-shape" data-testid="layer-shape">
            {shapeText(row.outputShape)}
          </span>
          <span className="layer-params">
            {row.outputShape
              ? t('panel.params', { n: formatInt(row.trainable + row.nonTrainable) })
              : ''}
          </span>
          <span className="layer-buttons">
            <button
              type="button"
              className="icon"
              aria-label={t('card.moveUp', { layer: row.label })}
              disabled={index === 0}
              onClick={() => moveLayer(layer.id, -1)}
            >
              <ArrowUpIcon />
            </button>
            <button
              type="button"
              className="icon"
              aria-label={t('card.moveDown', { layer: row.label })}
              disabled={index === count - 1}
              onClick={() => moveLayer(layer.id, 1)}
            >
              <ArrowDownIcon />
            </button>
            <button
              type="button"
              className="icon text"
              aria-label={t('card.duplicate', { layer: row.label })}
              onClick={() => duplicateLayer(layer.id)}
            >
              {t('card.duplicateButton')}
            </button>
            <button
              type="button"
              className="icon"
              aria-label={t('card.remove', { layer: row.label })}
              onClick={() => removeLayer(layer.id)}
            >
              <CloseIcon />
            </button>
          </span>
        </div>
        {params.length > 0 && (
          <div className="layer-params-grid">
            <SettingFields
              settings={params}
              values={values}
              idPrefix={layer.id}
              invalid={(p) => row.error !== null && row.error.includes(p.label)}
              explain={(p, v) => layerSettingConcept(p, v, layer.kind)}
              onChange={(key, v) => updateLayer(layer.id, { [key]: v })}
            />
          </div>
        )}
        {row.error && (
          <p className="notice error" role="alert">
            {row.error}
          </p>
        )}
      </div>
    </li>
  );
}
