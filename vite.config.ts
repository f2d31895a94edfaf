/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMetaPlugin, SECURITY_HEADERS } from './scripts/csp';

// Both workers are module workers (src/worker/engine.worker.ts and
// data.worker.ts), so their bundles are built as ES modules too.
export default defineConfig({
  // The built page carries its Content-Security-Policy (scripts/csp.ts).
  plugins: [react(), cspMetaPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2500 },
  // No COOP/COEP headers: they would only serve tfjs's threaded WASM build,
  // which does not start inside our bundled worker (src/engine/backend-wasm.ts).
  // The preview server sends the headers a host should send, so the workers run under the policy too.
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
