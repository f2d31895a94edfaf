import {
  backendOptions,
  setBackendPreference,
  type BackendPreference,
} from '../../store/actions/backend';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';
import { ChoiceField } from '../common/ChoiceField';
import { Fold } from '../common/Fold';
import { backendSummary } from './fold-summaries';

/** Auto or one pinned tfjs backend for the next run; fixed while a run is going. */
export function BackendField() {
  const { t } = useTranslation('training');
  const pref = useStore((s) => s.backendPreference);
  const available = useStore((s) => s.engine.available);
  const running = useStore(selectIsRunning);
  const options = backendOptions(available ?? [], pref);
  return (
    <ChoiceField<BackendPreference>
      id="backend"
      label={t('fields.backend')}
      value={pref}
      help={t('fields.backendHelp')}
      disabled={running || !available}
      options={options.map((o) => ({ id: o.value, label: o.label, disabled: o.disabled }))}
      onChange={setBackendPreference}
    />
  );
}

/** The backend field, folded: it says the chosen backend ("Backend: Auto (fastest for the network)"). */
export function BackendFold() {
  useTranslation('training');
  const pref = useStore((s) => s.backendPreference);
  const available = useStore((s) => s.engine.available);
  const label = backendOptions(available ?? [], pref).find((o) => o.value === pref)?.label ?? pref;
  return (
    <Fold id="train-backend" summary={backendSummary(label)}>
      <BackendField />
    </Fold>
  );
}
