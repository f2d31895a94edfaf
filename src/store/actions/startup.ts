/**
 * The setup the app starts with: a shared link's (the hash always wins),
 * else the last one stored in this browser, else the defaults. Read once,
 * before anything else runs, and applied before the engine starts, so Train
 * is never pressed on the default data while a link's data is loading.
 */
import type { RunConfig } from '../../core/experiments/run-config';
import { decodeSetup, readSetupParam } from '../../core/experiments/url-state';
import { t } from '../../i18n';
import { sameJson } from '../selectors';
import { browserPlace, type SetupPlace } from '../share/setup-place';
import { selectIsRunning } from '../slices/run-slice';
import type { StartupSource } from '../slices/share-slice';
import { useStore } from '../store';
import type { EngineOptions } from '../../worker/engine-client';
import { initEngine } from './engine';
import { applyRunConfig, applyRunSettings } from './run-config';
import { startingConfig, writeSetupNow } from './share';
import { keepLossCompatible } from './training-config';

/** A setup to start from, with what was wrong with it. */
export interface StartupSetup {
  source: StartupSource;
  config: RunConfig;
  problems: string[];
}

/** The setup in the hash, else the stored one; null when there is neither. */
export function readStartupSetup(place: SetupPlace | null = browserPlace()): StartupSetup | null {
  if (!place) return null;
  const link = readSetupParam(place.hash());
  if (link !== null) return { source: 'link', ...decodeSetup(link, startingConfig(), 'Link') };
  const stored = place.load();
  if (stored === null) return null;
  return { source: 'saved', ...decodeSetup(stored, startingConfig(), 'Saved setup') };
}

/**
 * Apply a start-up setup. Data that cannot be rebuilt (an uploaded CSV)
 * leaves the default data in place with the data layer's message, and the
 * rest of the setup still applies.
 */
export async function applyStartupSetup(setup: StartupSetup | null): Promise<void> {
  if (!setup) return;
  const problems = [...setup.problems];
  if (selectIsRunning(useStore.getState())) {
    problems.push(t(`shell:startup.busy.${setup.source}`));
    useStore.setState({ startupNotice: { source: setup.source, problems, restored: false } });
    return;
  }
  const applied = await applyRunConfig(setup.config);
  if (!applied.ok) {
    problems.push(t(`shell:startup.failed.${setup.source}`, { error: applied.error }));
    applyRunSettings(setup.config);
  }
  keepLossCompatible();
  const restored = setup.source === 'saved' && !sameJson(setup.config, startingConfig());
  useStore.setState({
    startupNotice:
      problems.length > 0 || restored ? { source: setup.source, problems, restored } : null,
  });
}

/** Back to the defaults, from a restored setup: the stored one is replaced too. */
export async function startFresh(place: SetupPlace | null = browserPlace()): Promise<void> {
  const r = await applyRunConfig(startingConfig());
  if (!r.ok) return;
  useStore.setState({ startupNotice: null });
  writeSetupNow(place);
}

/**
 * Start the app: apply the start-up setup, then start the engine on the
 * backend `?backend=` pins, else on the one the setup prefers, and write the
 * setup into the hash so the address bar is a link to it from the start.
 */
export async function startApp(opts: EngineOptions, place = browserPlace()): Promise<void> {
  const setup = readStartupSetup(place);
  await applyStartupSetup(setup);
  const preferred = setup?.config.backend ?? 'auto';
  if (opts.backend || !setup || preferred === 'auto') await initEngine(opts);
  else
    await initEngine({
      ...opts,
      backend: preferred,
      pinnedBy: t(`shell:startup.pinnedBy.${setup.source}`),
    });
  writeSetupNow(place);
}

/**
 * A link pasted into the address bar of an open page changes only the hash
 * (no reload): open its setup as at start-up. The app's own writes use
 * replaceState, which fires no hashchange, so this is always the user's.
 */
export function openLinkedSetup(place: SetupPlace | null = browserPlace()): Promise<void> {
  const setup = readStartupSetup(place);
  return applyStartupSetup(setup?.source === 'link' ? setup : null);
}
