/**
 * Offline after the first visit: the service worker precaches the app, the
 * WASM binaries and the shipped data, and a reload with the network cut
 * opens the app and trains.
 */
import { expect, test } from '@playwright/test';
import { Playground, statusItem } from './app';
import { cachedPaths, expectServiceWorkerInControl } from './pwa-helpers';

// These specs are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app reloads and trains with the network cut', async ({
  page,
  context,
  baseURL,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await expectServiceWorkerInControl(page);
  const cached = await cachedPaths(page, `${baseURL}/`);
  expect(cached).toEqual(
    expect.arrayContaining(['index.html', 'data/iris.csv', 'data/mnist-digits.bin']),
  );
  expect(cached.filter((p) => p.endsWith('.wasm'))).toHaveLength(2);
  expect(cached.filter((p) => /worker-[\w-]+\.js$/.test(p))).toHaveLength(2);

  await context.setOffline(true);
  await page.reload();
  // The network really is cut: what the service worker does not hold fails.
  const uncached = await page.evaluate(() =>
    fetch('not-in-the-cache.txt').then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await expect(statusItem(page, 'Engine')).toHaveText('Engine: Web Worker');
  await app.configureSmallRun({ epochs: 2, samples: 200 });
  await app.trainToCompletion(2);
  // The shipped tables come from the cache too.
  await page.getByLabel('Dataset').selectOption('iris');
  await expect(page.getByRole('table', { name: 'First rows of iris.csv' })).toBeVisible();
});

test('the service worker installs once the page is quiet: not during the first run, after it', async ({
  page,
}) => {
  const app = new Playground(page);
  const registration = () =>
    page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistration()) ? 'registered' : 'none',
    );
  await app.open('?backend=cpu');
  // At once, as a quick user would: the install would share the CPU with the run.
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  expect(await registration()).toBe('none');
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  expect(await registration()).toBe('none');
  await expectServiceWorkerInControl(page);
});
