import {
  SYNTHETIC_KINDS,
  TABLE_KINDS,
  kindHelp,
  kindLabel,
  type DatasetSourceKind,
} from '../../core/data/dataset-spec';
import { useTranslation } from '../../i18n/react';
import { selectDataset, selectShownKind } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';

const classification = SYNTHETIC_KINDS.filter((k) => k.task === 'classification');
const regression = SYNTHETIC_KINDS.filter((k) => k.task === 'regression');

/** The Dataset menu: every built-in source, and the uploaded CSV once there is one. */
export function DatasetPicker() {
  const { t } = useTranslation('data');
  const kind = useStore(selectShownKind);
  const lastCsv = useStore((s) => s.lastCsv);
  const loading = useStore((s) => s.dataLoading);
  const option = (id: DatasetSourceKind, group: string) => ({ id, label: kindLabel(id), group });
  return (
    <ChoiceField<DatasetSourceKind>
      id="dataset-kind"
      label={t('picker.label')}
      value={kind}
      help={kindHelp(kind)}
      explain="dataset"
      aria-busy={loading !== null}
      options={[
        ...classification.map((k) => option(k.id, t('picker.classification'))),
        ...regression.map((k) => option(k.id, t('picker.regression'))),
        option('mnist', t('picker.images')),
        ...TABLE_KINDS.filter((k) => k.id !== 'csv').map((k) => option(k.id, t('picker.tables'))),
        {
          id: 'csv',
          label: lastCsv
            ? t('picker.yourCsv', { name: lastCsv.file.name })
            : t('picker.uploadBelow', { kind: kindLabel('csv') }),
          disabled: !lastCsv,
          group: t('picker.tables'),
        },
      ]}
      onChange={(k) => void selectDataset(k)}
    />
  );
}
