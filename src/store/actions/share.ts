/**
 * The setup in the URL and in storage. The hash follows the configuration
 * as it is edited (a reaction, debounced, `history.replaceState`: no history
 * entry per keystroke) and the same encoded setup is stored for the next
 * visit. A configuration that does not pass its schema (a field being
 * typed) is not written: the last valid one stays.
 */
import { runConfigSchema, type RunConfig } from '../../core/experiments/run-config';
import { encodeSetup, setupHash } from '../../core/experiments/url-state';
import { browserPlace, type SetupPlace } from '../share/setup-place';
import { initialState, useStore, type AppState } from '../store';
import { currentRunConfig } from './run-config';

/** Quiet time after the last edit before the hash is rewritten. */
export const SETUP_WRITE_DELAY_MS = 300;

/** The app's starting setup (the recipe's layer ids included): fixed for the page's life. */
const STARTING: RunConfig = currentRunConfig(initialState());

/** The app's starting setup: what a field left out of a link means. */
export const startingConfig = (): RunConfig => STARTING;

/** What the hash follows: the four parts of the run configuration. */
export const setupInputs = (s: AppState) =>
  [s.datasetSpec, s.network, s.training, s.backendPreference] as const;

/** Write the setup into the hash and storage now, if it is valid. */
export function writeSetupNow(place: SetupPlace | null = browserPlace()): void {
  const handles = useStore.getState().handles;
  if (handles.setupTimer) clearTimeout(handles.setupTimer);
  handles.setupTimer = null;
  if (!place) return;
  const config = currentRunConfig(useStore.getState());
  if (!runConfigSchema.safeParse(config).success) return;
  const hash = setupHash(place.hash(), config, startingConfig());
  if (hash !== place.hash()) place.replaceHash(hash);
  place.save(encodeSetup(config, startingConfig()));
}

/** The reaction to an edit: write the setup once edits pause. */
export function scheduleSetupWrite(place: SetupPlace | null = browserPlace()): void {
  if (!place) return;
  const handles = useStore.getState().handles;
  if (handles.setupTimer) clearTimeout(handles.setupTimer);
  handles.setupTimer = setTimeout(() => writeSetupNow(place), SETUP_WRITE_DELAY_MS);
}

/** The link to this setup: any write still waiting is done first. */
export function shareLink(place: SetupPlace | null = browserPlace()): string {
  writeSetupNow(place);
  return typeof location === 'undefined' ? '' : location.href;
}

export function dismissStartupNotice(): void {
  useStore.setState({ startupNotice: null });
}
