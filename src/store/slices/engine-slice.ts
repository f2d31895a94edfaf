/**
 * The engine slice: whether the engine has started, where it runs, the
 * backend it uses and the one the next run should use.
 */
import type { BackendName, BackendPreference, ProbeEntry } from '../../worker/protocol';
import type { EngineMode } from '../../worker/protocol';
import type { SliceCreator } from './types';

export interface EngineStatus {
  status: 'starting' | 'ready' | 'failed';
  mode: EngineMode | null;
  /** The tfjs backend the model and data live on ('webgl', 'wasm', 'cpu', 'webgpu'). */
  backend: string | null;
  renderer: string | null;
  note: string | null;
  /** Backends the engine can offer, in the order the UI lists them. */
  available?: BackendName[];
  /**
   * Why this backend: Auto's verdict or why the choice could not be used (the
   * engine's words), or a state the page words when shown: "pinned",
   * "auto-at-start", "could-not-start" (see backendReasonText).
   */
  backendReason?: string | null;
  /** Auto's timings from the last probe, shown with the reason. */
  probe?: ProbeEntry[] | null;
  /** True while Auto is timing the backends. */
  probing?: boolean;
}

export interface EngineSlice {
  engine: EngineStatus;
  /** The backend the next run uses: Auto or a pinned one (`?backend=` sets it at start-up). */
  backendPreference: BackendPreference;
}

export const initialEngineState = (): EngineSlice => ({
  engine: { status: 'starting', mode: null, backend: null, renderer: null, note: null },
  backendPreference: 'auto',
});

export const createEngineSlice: SliceCreator<EngineSlice> = () => initialEngineState();
