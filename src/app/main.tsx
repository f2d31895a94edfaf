/**
 * Entry point: start the engine (in a worker where it can use WebGL) and
 * mount the app. `?engine=page|worker` forces a placement and
 * `?backend=cpu|webgl|wasm|webgpu` pins a backend (default: Auto), for
 * comparison and for tests of the fallbacks. A `#setup=` hash opens a
 * shared setup (see store/actions/startup.ts).
 */
// First: zod must be told before any schema exists (see the module).
import '../core/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreGuide } from '../store/actions/guides';
import { startRuns } from '../store/actions/runs-startup';
import { followOtherTabs, startLeaveGuard } from '../store/actions/page-life';
import { openLinkedSetup, startApp } from '../store/actions/startup';
import { startReactions } from '../store/reactions';
// Before App, so the shared styles come first and each area's own CSS refines them.
import './styles.css';
import './theme.css';
import { App } from './App';
import { startTheme } from '../ui/theme/theme-choice';
import { applyPaletteProperties } from '../ui/theme/palette-css';
import './bench-hook';
import { startServiceWorker } from './pwa/sw-updates';
import { whenLoaded, whenQuiet } from './pwa/quiet-page';
import { selectWorkGoing } from '../store/selectors';
import { useStore } from '../store/store';

const params = new URLSearchParams(location.search);
const mode = params.get('engine');
const backend = params.get('backend');

// The theme and palette go onto <html> before the first render, so nothing is painted in the wrong colours.
startTheme();
applyPaletteProperties();
startReactions();
restoreGuide();
startLeaveGuard();
followOtherTabs();
void startRuns();
// A link's setup (#setup=…) or the last one stored is applied before the engine starts.
void startApp({
  ...((mode === 'page' || mode === 'worker') && { mode }),
  ...((backend === 'cpu' || backend === 'webgl' || backend === 'wasm' || backend === 'webgpu') && {
    backend,
  }),
});
// Installing the service worker competes with a run for the CPU: it waits for a quiet page.
startServiceWorker(() =>
  whenLoaded().then(() =>
    whenQuiet({ busy: () => selectWorkGoing(useStore.getState()), subscribe: useStore.subscribe }),
  ),
);
addEventListener('hashchange', () => void openLinkedSetup());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
