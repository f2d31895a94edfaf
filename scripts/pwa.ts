/**
 * The installable, offline build: a web app manifest and a service worker
 * (Workbox's generateSW) that precaches everything in the build the app may
 * fetch, so that after one visit the page loads and trains with no network.
 *
 * Every URL here is relative (start_url, scope, icons, precache entries), so
 * the build works from whatever folder it is served from; the worker's scope
 * is the folder of the page. Updates wait for the user (registerType
 * 'prompt'): src/app/pwa/ shows the prompt and holds a reload back while a
 * run goes. The dev server gets no service worker.
 */
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** The manifest's colours: the accent of the header icon, and the page's background. */
export const THEME_COLOR = '#1f6fd0';
export const BACKGROUND_COLOR = '#f5f6f8';

export const MANIFEST: Partial<ManifestOptions> = {
  name: 'Neural Network Playground',
  short_name: 'NN Playground',
  description:
    'Build, train, evaluate and save neural networks in your browser, on the GPU through WebGL.',
  id: './',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};

/**
 * What the service worker precaches: the app's code and styles, the tfjs
 * WASM binaries, the shipped data (the digits asset is 1.6 MB) and the icons.
 * The main bundle carries tfjs and is a few megabytes, hence the raised cap.
 */
export const PRECACHE_GLOBS = ['**/*.{js,css,html,wasm,csv,bin,svg,png,webmanifest}'];
export const PRECACHE_MAX_BYTES = 16 * 1024 * 1024;

export function pwaPlugin(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // Registered from the app (src/app/pwa/sw-updates.ts), so the prompt can follow the run.
    injectRegister: false,
    manifest: MANIFEST,
    // The glob below already takes the icons and the favicon.
    includeManifestIcons: false,
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
      // Any navigation inside the scope (with ?backend=… or #setup=…) opens the cached page.
      navigateFallback: 'index.html',
      // The first version takes the page it installed from at once, so an update found
      // during that visit can still take over; later versions wait for the prompt.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}
