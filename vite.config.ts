/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMetaPlugin, SECURITY_HEADERS } from './scripts/csp.ts';
import { pwaPlugin } from './scripts/pwa.ts';

// The base the site is built for. './' (the default) makes every URL in the
// build relative to the page, so one build works from any folder of any
// host; BASE=/nn/ pins an absolute one instead.
const base = process.env['BASE'] ?? './';

// Both workers are module workers (src/worker/engine.worker.ts and
// data.worker.ts), so their bundles are built as ES modules too.
export default defineConfig({
  base,
  // The built page carries its Content-Security-Policy (scripts/csp.ts) and a
  // service worker that keeps it working offline (scripts/pwa.ts).
  plugins: [react(), cspMetaPlugin(), pwaPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2500 },
  // No COOP/COEP headers: they would only serve tfjs's threaded WASM build,
  // which does not start inside our bundled worker (src/engine/backend-wasm.ts).
  // The preview server sends the headers a host should send, so the workers run under the policy too.
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
