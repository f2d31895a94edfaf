import { useState } from 'react';
import { LAYER_KIND_LIST } from '../../core/model/layer-kinds';
import type { LayerKind } from '../../core/model/layer-spec';
import { layerKindHelp, layerKindLabel } from '../../core/model/layer-text';
import { LAYERS_MAX, type LayerRow } from '../../core/model/network-spec';
import { useTranslation } from '../../i18n/react';
import { addLayer } from '../../store/actions/network';
import { ChoiceField } from '../common/ChoiceField';
import { LAYER_KIND_CONCEPT } from '../../core/learn';

/** Add a layer of any kind at any position in the stack. */
export function AddLayerBar({ rows }: { rows: LayerRow[] }) {
  const { t } = useTranslation('network');
  const [kind, setKind] = useState<LayerKind>('dense');
  const [position, setPosition] = useState('end');
  const kindOptions = LAYER_KIND_LIST.map((k) => ({
    id: k.kind,
    label: layerKindLabel(k.kind),
    help: layerKindHelp(k.kind),
  }));
  const help = layerKindHelp(kind);
  return (
    <div className="add-layer">
      <div className="row align-end">
        {/* The kind's help goes under the whole row, not beside the button. */}
        <ChoiceField
          id="add-layer-kind"
          label={t('add.newLayer')}
          explain={LAYER_KIND_CONCEPT[kind]}
          value={kind}
          options={kindOptions}
          help={null}
          onChange={setKind}
        />
        <ChoiceField
          id="add-layer-position"
          label={t('add.position')}
          value={position}
          options={[
            { id: 'end', label: t('add.atEnd') },
            { id: '0', label: t('add.atStart') },
            ...rows.map((r, i) => ({
              id: String(i + 1),
              label: t('add.after', { layer: r.label }),
            })),
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
          {t('add.button')}
        </button>
      </div>
      {help && <p className="help">{help}</p>}
    </div>
  );
}
