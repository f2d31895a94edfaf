import { useState } from 'react';
import { formatInt } from '../../core/format';
import { describeKind, layerSettings } from '../../core/model/layer-kinds';
import type { LayerSpec } from '../../core/model/layer-spec';
import type { LayerRow } from '../../core/model/network-spec';
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

export const shapeText = (s: readonly number[] | null): string =>
  s ? `[${['batch', ...s].join(', ')}]` : '—';

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
  const kind = describeKind(layer.kind);
  const [dropTarget, setDropTarget] = useState(false);
  const values = layer as unknown as Record<string, unknown>;
  // The rate means nothing without a regularizer.
  const params = layerSettings(layer.kind).filter(
    (p) => p.key !== 'regRate' || values['reg'] !== 'none',
  );
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
            title="Drag to reorder"
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, layer.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            ⠿
          </span>
          <strong title={kind.help}>{row.label}</strong>
          <Explain concept={LAYER_KIND_CONCEPT[layer.kind]} />
          <span className="layer-shape" data-testid="layer-shape">
            {shapeText(row.outputShape)}
          </span>
          <span className="layer-params">
            {row.outputShape ? `${formatInt(row.trainable + row.nonTrainable)} params` : ''}
          </span>
          <span className="layer-buttons">
            <button
              type="button"
              className="icon"
              aria-label={`Move ${row.label} up`}
              disabled={index === 0}
              onClick={() => moveLayer(layer.id, -1)}
            >
              <ArrowUpIcon />
            </button>
            <button
              type="button"
              className="icon"
              aria-label={`Move ${row.label} down`}
              disabled={index === count - 1}
              onClick={() => moveLayer(layer.id, 1)}
            >
              <ArrowDownIcon />
            </button>
            <button
              type="button"
              className="icon text"
              aria-label={`Duplicate ${row.label}`}
              onClick={() => duplicateLayer(layer.id)}
            >
              Duplicate
            </button>
            <button
              type="button"
              className="icon"
              aria-label={`Remove ${row.label}`}
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
