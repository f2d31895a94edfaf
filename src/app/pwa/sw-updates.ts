/**
 * The service worker's side of the page: registers it (built pages only;
 * the dev server has none) once the page is quiet, and keeps one fact,
 * whether a new version is installed and waiting. Nothing here reloads on its own: applyUpdate() is
 * called by the prompt (UpdatePrompt.tsx), which holds it back while a run
 * goes.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

type Listener = () => void;

let waiting = false;
let started = false;
let activate: ((reloadPage?: boolean) => Promise<void>) | null = null;
const listeners = new Set<Listener>();
let reloading = false;

const reloadOnce = () => {
  if (reloading) return;
  reloading = true;
  location.reload();
};

/**
 * Register the service worker once `quiet` resolves (its install fetches
 * and compiles the whole app, which a run should not share the CPU with);
 * call once, at start.
 */
export function startServiceWorker(quiet: () => Promise<void> = () => Promise.resolve()): void {
  if (started || !import.meta.env.PROD) return;
  started = true;
  void quiet().then(register);
}

function register(): void {
  activate = registerSW({
    immediate: true,
    onNeedReload: reloadOnce,
    onNeedRefresh: () => {
      waiting = true;
      for (const l of listeners) l();
    },
    // The page works without it (online); only offline use and updates are lost.
    onRegisterError: (e: unknown) => console.warn('Service worker not registered:', e),
  });
}

/** For useSyncExternalStore: called when a new version starts waiting. */
export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once a new version is installed and waits for this page to let it in. */
export const updateWaiting = (): boolean => waiting;

/** Let the waiting version take over; the page reloads once it controls it. */
export function applyUpdate(): void {
  // The plugin reloads only pages that had a controller when they registered; a
  // page on its first visit is taken over by clientsClaim, so it listens itself.
  navigator.serviceWorker?.addEventListener('controllerchange', reloadOnce, { once: true });
  void activate?.(true);
}
