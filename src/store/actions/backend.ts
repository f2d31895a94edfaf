/**
 * The backend preference (Auto or one pinned) and what the engine says
 * about the backend in use. The engine acts on the preference when a run
 * starts (Engine.train); nothing here moves a model.
 */
import { t } from '../../i18n';
import type { BackendInfo } from '../../worker/protocol';
import {
  BACKEND_LABELS,
  type BackendName,
  type BackendPreference,
  type BackendStatus,
} from '../../worker/protocol';
import { selectIsRunning } from '../slices/run-slice';
import { useStore, type EngineStatus } from '../store';

export type { BackendPreference };

export interface BackendOption {
  value: BackendPreference;
  label: string;
  disabled: boolean;
}

/**
 * The Backend select's options: Auto, then each backend, marked when this
 * engine cannot run it. WebGPU is listed only where the engine's context
 * has navigator.gpu (or it was pinned by the URL).
 */
export function backendOptions(
  available: readonly BackendName[],
  current: BackendPreference,
): BackendOption[] {
  const listed = (Object.keys(BACKEND_LABELS) as BackendName[]).filter(
    (b) => b !== 'webgpu' || available.includes(b) || current === b,
  );
  return [
    { value: 'auto', label: t('training:backend.auto'), disabled: false },
    ...listed.map((b) => ({
      value: b,
      label: available.includes(b)
        ? t(`engine:backends.${b}`)
        : t('training:backend.unavailable', { backend: t(`engine:backends.${b}`) }),
      disabled: !available.includes(b),
    })),
  ];
}

/** What the UI calls a backend the engine reports ('cpu' -> 'CPU'). */
export function backendLabel(name: string): string {
  return name in BACKEND_LABELS ? t(`engine:backends.${name as BackendName}`) : name;
}

/** Choose the backend for the next run; refused while a run is going. */
export function setBackendPreference(pref: BackendPreference): void {
  if (selectIsRunning(useStore.getState())) return;
  useStore.setState({ backendPreference: pref });
}

/**
 * The status bar's reason, in the current language: the engine's sentence,
 * or for the start-up states (which the page words, so a language switch
 * re-words them) the sentence they stand for.
 */
export function backendReasonText(reason: string, pref: BackendPreference): string {
  if (reason === 'pinned') return t('shell:status.pinned');
  if (reason === 'auto-at-start') return t('engine:backend.autoAtStart');
  if (reason === 'could-not-start' && pref !== 'auto')
    return t('engine:backend.couldNotStart', { backend: t(`engine:backends.${pref}`) });
  return reason;
}

/** Apply the engine's report of the backend in use (a 'backend' event). */
export function applyBackendStatus(status: BackendStatus): void {
  useStore.setState((s) => ({
    engine: {
      ...s.engine,
      backend: status.backend,
      renderer: status.renderer,
      backendReason: status.reason,
      probe: status.probe,
      probing: status.probing,
    },
  }));
}

/** The backend part of the status right after start-up, and its note. */
export function startupBackendStatus(
  info: BackendInfo,
  pref: BackendPreference,
  placementNote: string | null,
): Pick<EngineStatus, 'backend' | 'renderer' | 'available' | 'backendReason' | 'note'> {
  const offersWasm = info.available.includes('wasm');
  const fallback =
    info.fallbackReason &&
    (pref === 'auto' && offersWasm
      ? t('engine:backend.fallbackAuto', { reason: info.fallbackReason })
      : t('engine:backend.fallbackCpu', { reason: info.fallbackReason }));
  return {
    backend: info.backend,
    renderer: info.renderer,
    available: info.available,
    backendReason:
      pref === 'auto' ? 'auto-at-start' : info.backend === pref ? 'pinned' : 'could-not-start',
    note: fallback || placementNote,
  };
}
