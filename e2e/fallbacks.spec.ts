/**
 * Where the engine runs and on which backend is always visible, including
 * when it is not the preferred place.
 */
import { expect, test } from '@playwright/test';
import { Playground } from './app';

test('the engine can run on the page, still on WebGL', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?engine=page');
  await app.expectWebGL('page (main thread)');
  await expect(page.getByTestId('status-note')).toHaveText('Engine forced onto the page.');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
});

test('the CPU backend can be chosen, and the status says so', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await expect(page.getByTestId('status-backend')).toHaveText('Backend: cpu');
  await expect(page.getByTestId('status-renderer')).toHaveText('GPU: not used');
  await expect(page.getByTestId('status-note')).toHaveText('CPU backend chosen by ?backend=cpu.');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
});
