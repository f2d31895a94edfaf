import { useState } from 'react';
import { describeKind, LAYER_KIND_LIST } from '../../core/model/layer-kinds';
import type { LayerKind } from '../../core/model/layer-spec';
import { LAYERS_MAX, type LayerRow } from '../../core/model/network-spec';
import { addLayer } from '../../store/actions/network';
import { ChoiceField } from '../common/ChoiceField';
import { LAYER_KIND_CONCEPT } from '../../core/learn';

const KIND_OPTIONS = LAYER_KIND_LIST.map((k) => ({ id: k.kind, label: k.label, help: k.help }));

/** Add a layer of any kind at any position in the stack. */
export function AddLayerBar({ rows }: { rows: LayerRow[] }) {
  const [kind, setKind] = useState<LayerKind>('dense');
  const [position, setPosition] = useState('end');
  const help = describeKind(kind).help;
  return (
    <div className="add-layer">
      <div className="row align-end">
        {/* The kind's help goes under the whole row, not beside the button. */}
        <ChoiceField
          id="add-layer-kind"
          label="New layer"
          explain={LAYER_KIND_CONCEPT[kind]}
          value={kind}
          options={KIND_OPTIONS}
          help={null}
          onChange={setKind}
        />
        <ChoiceField
          id="add-layer-position"
          label="Position"
          value={position}
          options={[
            { id: 'end', label: 'at the end' },
            { id: '0', label: 'at the start' },
            ...rows.map((r, i) => ({ id: String(i + 1), label: `after ${r.label}` })),
          ]}
          onChange={setPosition}
        />
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
