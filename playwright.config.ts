import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser';

/**
 * e2e tests run against the production build (`vite build` + `vite preview`).
 * E2E_PORT picks another port (and build folder) so that two runs on one
 * machine do not serve each other's build.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist' : `test-results/dist-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: PORT === 4173 ? 'test-results/e2e-artifacts' : `test-results/e2e-artifacts-${PORT}`,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: PORT === 4173 ? 'test-results/e2e.json' : `test-results/e2e-${PORT}.json` },
    ],
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    viewport: { width: 1400, height: 1000 },
    launchOptions: launchOptions(),
    // The service worker precaches the whole app (7 MB) on every first visit, which each
    // test's fresh browser context is; the offline and install specs allow it again.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    // A server left running would serve an old build: set E2E_REUSE=1 to reuse one on purpose.
    reuseExistingServer: process.env['E2E_REUSE'] === '1',
    timeout: 180_000,
  },
});
