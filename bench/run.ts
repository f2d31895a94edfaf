/**
 * `npm run bench`: builds the bench pages as production code (what users
 * get: React's production build, minified), serves them with Vite's preview
 * server, runs each in headless Chromium (system Chromium where present)
 * and prints the figures. `BENCH_DEV=1` serves them from the dev server
 * instead (quicker to start; React's development build is much slower).
 * Not a test: nothing here passes or fails on a number.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, createServer, preview } from 'vite';

const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
/** Pages to run, each with its own query; `npm run bench -- app '?epochs=4'` runs one. */
const PAGES = ['index.html', 'app.html', 'grid.html'];
const only = process.argv[2];
const query = process.argv[3] ?? '';

const outDir = 'test-results/bench-dist';
const host = { port: 5199, strictPort: false, host: '127.0.0.1' };
const dev = process.env['BENCH_DEV'] === '1';
let server: { close(): Promise<void>; resolvedUrls: { local: string[] } | null };
if (dev) {
  const devServer = await createServer({ server: host, logLevel: 'error' });
  server = await devServer.listen();
} else {
  await build({
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: PAGES.map((p) => `bench/${p}`) },
    },
  });
  server = await preview({ build: { outDir }, preview: host, logLevel: 'error' });
}
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5199/';
console.log(dev ? 'dev server (React development build)' : 'production build');
const browser = await chromium.launch({
  ...(executablePath && { executablePath }),
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--enable-unsafe-swiftshader',
  ],
});
try {
  for (const name of PAGES.filter((p) => !only || p.startsWith(only))) {
    console.log(`\n${name}`);
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${url}bench/${name}${query}`);
    await page.waitForFunction(() => window.__benchResults || window.__benchError, null, {
      timeout: 900_000,
    });
    const error = await page.evaluate(() => window.__benchError);
    if (error) throw new Error(error);
    const results = await page.evaluate(() => window.__benchResults ?? []);
    for (const r of results) {
      console.log(
        `  ${r.name.padEnd(52)} ${r.unit ? r.value.toFixed(2).padStart(12) : ''} ${r.unit} ${r.note ?? ''}`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
