/**
 * `npm run bench`: serves the bench page with Vite, runs it in headless
 * Chromium (system Chromium where present) and prints the figures.
 * Not a test: nothing here passes or fails on a number.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const executablePath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
/** Pages to run, each with its own query; `npm run bench -- app '?epochs=4'` runs one. */
const PAGES = ['index.html', 'app.html', 'grid.html'];
const only = process.argv[2];
const query = process.argv[3] ?? '';

const server = await createServer({
  server: { port: 5199, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5199/';
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
