/**
 * Updates are offered, never forced: a new version deployed while the page
 * is open says so with a Reload button, and a reload asked for during a run
 * waits until the run stops.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground } from './app';
import { expectServiceWorkerInControl, serveBuild, type StaticSite } from './pwa-helpers';

// These specs are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

let site: StaticSite;
test.beforeEach(async () => {
  site = await serveBuild('/app/');
});
test.afterEach(async () => {
  await site.close();
});

/** Open the app from the site, let its service worker take over, then deploy a new version. */
async function openThenDeploy(page: Page): Promise<void> {
  // Reloading with a trained model not saved asks first: the user says leave.
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${site.url}?backend=cpu`);
  await expectServiceWorkerInControl(page);
  site.deployNewVersion();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
}

const updatePrompt = (page: Page) => page.getByRole('status', { name: 'App update' });

const nothingWaits = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.ready).waiting === null);

test('a new version is offered with Reload, and Reload loads it', async ({ page }) => {
  await openThenDeploy(page);
  await expect(updatePrompt(page)).toHaveText(/^A new version is available\s*Reload$/);
  const reloaded = page.waitForEvent('load');
  await updatePrompt(page).getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(updatePrompt(page)).toBeHidden();
  expect(await nothingWaits(page)).toBe(true);
});

test('a reload asked for during a run waits until the run stops', async ({ page }) => {
  const app = new Playground(page);
  await openThenDeploy(page);
  await app.configureSmallRun({ epochs: 400, samples: 200 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  await updatePrompt(page).getByRole('button', { name: 'Reload when the run stops' }).click();
  await expect(updatePrompt(page)).toContainText(
    'A new version is available — reloading when the run stops',
  );
  let loads = 0;
  page.on('load', () => (loads += 1));
  // The run goes on a few more epochs, on this page.
  const chart = page.getByTestId('loss-chart');
  const points = Number(await chart.getAttribute('data-points'));
  await expect
    .poll(async () => Number(await chart.getAttribute('data-points')))
    .toBeGreaterThan(points + 2);
  await expect(app.state()).toHaveText('State: training');
  expect(loads).toBe(0);

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Stop' }).click();
  await reloaded;
  await expect(updatePrompt(page)).toBeHidden();
  expect(await nothingWaits(page)).toBe(true);
});
