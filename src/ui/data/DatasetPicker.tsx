import {
  MNIST_INFO,
  SYNTHETIC_KINDS,
  TABLE_KINDS,
  kindLabel,
  type DatasetSourceKind,
} from '../../core/data/dataset-spec';
import { selectDataset, selectShownKind } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { Field } from '../common/Panel';

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
    <Field label="Dataset" htmlFor="dataset-kind" help={help(kind)}>
      <select
        id="dataset-kind"
        value={kind}
        aria-busy={loading !== null}
        onChange={(e) => void selectDataset(e.target.value as DatasetSourceKind)}
      >
        <optgroup label="2-D classification">
          {classification.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="2-D regression">
          {regression.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Images">
          <option value="mnist">{MNIST_INFO.label}</option>
        </optgroup>
        <optgroup label="Tables">
          {TABLE_KINDS.filter((k) => k.id !== 'csv').map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
          <option value="csv" disabled={!lastCsv}>
            {lastCsv ? `Your CSV: ${lastCsv.file.name}` : `${kindLabel('csv')} (upload below)`}
          </option>
        </optgroup>
      </select>
    </Field>
  );
}
