/**
 * The page's Content-Security-Policy, written once: injected into the built
 * index.html as a <meta http-equiv>, and sent as headers by `vite preview`
 * so that the workers (which a <meta> policy does not reach) run under it too.
 *
 * Dev mode (`vite` with HMR) needs inline scripts, so it gets no policy.
 */
import type { Plugin } from 'vite';

/**
 * Each directive and why it is as loose as it is:
 * - script-src 'wasm-unsafe-eval': the WASM backend compiles its .wasm
 *   (WebAssembly.instantiate); nothing in the bundle calls eval or new Function.
 * - worker-src 'self': the engine and data workers and the service worker
 *   are built files of ours.
 * - manifest-src 'self': the web app manifest, beside the page.
 * - img-src data: blob:: chart PNGs draw the chart's SVG through a blob: image.
 * - style-src 'self': React and recharts set inline styles through the DOM
 *   (element.style), which a policy does not block; no <style> or style="" markup.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data: blob:",
  'style-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as one header or meta value. */
export function cspValue(extra: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/**
 * The headers a host should send with every file (the preview server sends
 * them too). frame-ancestors only works as a header, never in a <meta>.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspValue({ 'frame-ancestors': "'none'" }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Adds the policy as the first element of the built page's <head>. */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspValue() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
