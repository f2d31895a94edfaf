import {
  backendOptions,
  setBackendPreference,
  type BackendPreference,
} from '../../store/actions/backend';
import { useStore } from '../../store/store';
import { Field } from '../common/Panel';
import { selectIsRunning } from '../../store/slices/run-slice';

const HELP =
  'Auto times a few training batches on each backend when a run starts and uses the fastest. A backend chosen here is used as it is; a model being continued moves with its weights and optimizer state.';

/** Auto or one pinned tfjs backend for the next run; fixed while a run is going. */
export function BackendField() {
  const pref = useStore((s) => s.backendPreference);
  const available = useStore((s) => s.engine.available);
  const running = useStore(selectIsRunning);
  const options = backendOptions(available ?? [], pref);
  return (
    <Field label="Backend" htmlFor="backend" help={HELP}>
      <select
        id="backend"
        value={pref}
        disabled={running || !available}
        onChange={(e) => setBackendPreference(e.target.value as BackendPreference)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
