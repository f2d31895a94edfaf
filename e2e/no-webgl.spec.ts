/**
 * A browser without WebGL: the engine falls back to the CPU, says so
 * visibly, and still trains.
 */
import { expect, test } from '@playwright/test';
import { Playground } from './app';
import { launchOptions } from './browser';

test.use({ launchOptions: launchOptions(['--disable-gpu', '--disable-software-rasterizer']) });

test('without WebGL the app falls back to the CPU and says so', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await expect(page.getByTestId('status-backend')).toHaveText('Backend: cpu');
  await expect(page.getByTestId('status-renderer')).toHaveText('GPU: not used');
  await expect(page.getByTestId('status-note')).toContainText('Training runs on the CPU');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
});
