import {
  MNIST_INFO,
  SYNTHETIC_KINDS,
  TABLE_KINDS,
  kindLabel,
  type DatasetSourceKind,
} from '../../core/data/dataset-spec';
import { selectDataset, selectShownKind } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';

const classification = SYNTHETIC_KINDS.filter((k) => k.task === 'classification');
const regression = SYNTHETIC_KINDS.filter((k) => k.task === 'regression');

function help(kind: DatasetSourceKind): string {
  if (kind === 'mnist') return MNIST_INFO.help;
  return (
    TABLE_KINDS.find((k) => k.id === kind)?.help ??
    SYNTHETIC_KINDS.find((k) => k.id === kind)?.help ??
    ''
  );
}

/** The Dataset menu: every built-in source, and the uploaded CSV once there is one. */
export function DatasetPicker() {
  const kind = useStore(selectShownKind);
  const lastCsv = useStore((s) => s.lastCsv);
  const loading = useStore((s) => s.dataLoading);
  return (
    <ChoiceField<DatasetSourceKind>
      id="dataset-kind"
      label="Dataset"
      value={kind}
      help={help(kind)}
      explain="dataset"
      aria-busy={loading !== null}
      options={[
        ...classification.map((k) => ({ id: k.id, label: k.label, group: '2-D classification' })),
        ...regression.map((k) => ({ id: k.id, label: k.label, group: '2-D regression' })),
        { id: 'mnist', label: MNIST_INFO.label, group: 'Images' },
        ...TABLE_KINDS.filter((k) => k.id !== 'csv').map((k) => ({
          id: k.id,
          label: k.label,
          group: 'Tables',
        })),
        {
          id: 'csv',
          label: lastCsv ? `Your CSV: ${lastCsv.file.name}` : `${kindLabel('csv')} (upload below)`,
          disabled: !lastCsv,
          group: 'Tables',
        },
      ]}
      onChange={(k) => void selectDataset(k)}
    />
  );
}
