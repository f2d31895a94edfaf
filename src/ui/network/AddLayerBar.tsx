import { useState } from 'react';
import { LAYER_KIND_LIST } from '../../core/model/layer-kinds';
import type { LayerKind } from '../../core/model/layer-spec';
import { LAYERS_MAX, type LayerRow } from '../../core/model/network-spec';
import { addLayer } from '../../store/actions/network';

/** Add a layer of any kind at any position in the stack. */
export function AddLayerBar({ rows }: { rows: LayerRow[] }) {
  const [kind, setKind] = useState<LayerKind>('dense');
  const [position, setPosition] = useState('end');
  const help = LAYER_KIND_LIST.find((k) => k.kind === kind)?.help;
  return (
    <div className="add-layer">
      <div className="row align-end">
        <div className="field">
          <label htmlFor="add-layer-kind">New layer</label>
          <select
            id="add-layer-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as LayerKind)}
          >
            {LAYER_KIND_LIST.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="add-layer-position">Position</label>
          <select
            id="add-layer-position"
            value={position}
            onChange={(e) => setPosition(e.target.value)}
          >
            <option value="end">at the end</option>
            <option value="0">at the start</option>
            {rows.map((r, i) => (
              <option key={r.id} value={String(i + 1)}>
                after {r.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={rows.length >= LAYERS_MAX}
          onClick={() => {
            addLayer(kind, position === 'end' ? undefined : Number(position));
            setPosition('end');
          }}
        >
          + Add layer
        </button>
      </div>
      {help && <p className="help">{help}</p>}
    </div>
  );
}
