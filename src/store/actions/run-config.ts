/**
 * The configuration being edited, read as one RunConfig, and a RunConfig
 * (a past run's, a shared link's) put back into the editor.
 */
import { t } from '../../i18n';
import type { RunBackendPreference, RunConfig } from '../../core/experiments/run-config';
import { type Result, ok } from '../../core/data/result';
import type { BackendPreference } from '../../worker/protocol';
import { selectIsRunning } from '../slices/run-slice';
import { useStore, type AppState } from '../store';
import { applyDatasetSpec } from './data';
import { setNetwork } from './network';

// The core list and the engine's preference type name the same choices.
const sameChoices: [RunBackendPreference, BackendPreference] extends [
  BackendPreference,
  RunBackendPreference,
]
  ? true
  : false = true;
void sameChoices;

/** What a Train press would train now. */
export function currentRunConfig(
  s: Pick<AppState, 'datasetSpec' | 'network' | 'training' | 'backendPreference'>,
): RunConfig {
  return {
    dataset: s.datasetSpec,
    network: s.network,
    training: s.training,
    backend: s.backendPreference,
  };
}

/**
 * Make `config` the one being edited: its data (rebuilt from the spec), its
 * network (one undo step), its hyperparameters and backend preference.
 * Fails with the data layer's message, changing nothing, when the data
 * cannot be rebuilt (an uploaded CSV must be uploaded again first), and
 * while a run is going.
 */
export async function applyRunConfig(config: RunConfig): Promise<Result<void>> {
  if (selectIsRunning(useStore.getState()))
    return { ok: false, error: t('training:notices.stopBeforeSetup') };
  const data = await applyDatasetSpec(config.dataset);
  if (!data.ok) return data;
  applyRunSettings(config);
  return ok(undefined);
}

/**
 * Everything of `config` but its data: the network (one undo step), the
 * hyperparameters and the backend preference. For a config whose data
 * cannot be rebuilt yet (a shared link to an uploaded CSV), so the rest of
 * it still applies while the data waits for its file.
 */
export function applyRunSettings(config: RunConfig): void {
  setNetwork(config.network);
  const s = useStore.getState();
  useStore.setState({
    training: config.training,
    backendPreference: config.backend,
    // The config is the user's own now: picking other data keeps it.
    setup: { ...s.setup, kind: config.dataset.kind },
    setupNotice: null,
  });
}
