/**
 * Take it anywhere: the one build runs from any folder of a static host,
 * and the page links a valid web app manifest whose icons load.
 */
import { expect, test } from '@playwright/test';
import { Playground, panel, statusItem } from './app';
import { serveBuild } from './pwa-helpers';

// These specs are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test('the build served from a sub-path loads its data, starts its worker and trains on WASM', async ({
  page,
}) => {
  const site = await serveBuild('/sub/path/');
  try {
    const app = new Playground(page);
    await page.goto(`${site.url}?backend=wasm`);
    await expect(statusItem(page, 'Engine')).toHaveText('Engine: Web Worker');
    await expect(statusItem(page, 'Backend')).toHaveText('Backend: wasm');
    // The shipped table is fetched from the sub-path, beside the page.
    await page.getByLabel('Dataset').selectOption('iris');
    await expect(page.getByRole('table', { name: 'First rows of iris.csv' })).toBeVisible();
    await app.setNumber('Epochs', 2);
    await app.trainToCompletion(2);
    await expect(panel(page, 'Results')).toBeVisible();
  } finally {
    await site.close();
  }
});

test('the page links a web app manifest that makes it installable, with icons that load', async ({
  page,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const manifestUrl = new URL(href ?? '', page.url());
  const response = await page.request.get(manifestUrl.href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Neural Network Playground',
    short_name: 'NN Playground',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });
  const pngs = manifest.icons.filter((i) => i.type === 'image/png');
  expect(pngs.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of pngs) {
    const png = await (await page.request.get(new URL(icon.src, manifestUrl).href)).body();
    // A PNG's width and height, from its header chunk.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});
