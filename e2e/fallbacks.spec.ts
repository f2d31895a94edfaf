/**
 * Where the engine runs and on which backend is always visible, including
 * when it is not the preferred place.
 */
import { expect, test } from '@playwright/test';
import { Playground, backendReason, statusItem, statusNote } from './app';

test('the engine can run on the page, still on WebGL', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?engine=page&backend=webgl');
  await app.expectWebGL('page (main thread)');
  await expect(statusNote(page)).toHaveText('Engine forced onto the page.');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  await app.expectWebGL('page (main thread)');
});

test('on the page, Auto still chooses a backend when training starts', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?engine=page');
  await app.expectWebGL('page (main thread)');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  await expect(backendReason(page)).toHaveText(
    /^(WebGL|WASM|CPU): .+ for this [\d,]+-parameter network$/,
  );
  await expect(statusItem(page, 'Engine')).toHaveText('Engine: page (main thread)');
});

test('the CPU backend can be chosen, and the status says so', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await expect(statusItem(page, 'GPU')).toHaveText('GPU: not used');
  await expect(statusNote(page)).toHaveText('CPU backend chosen by ?backend=cpu.');
  await expect(page.getByLabel('Backend')).toHaveValue('cpu');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await expect(backendReason(page)).toHaveText('pinned');
});

test('WebGL pinned by the URL is really used for training', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=webgl');
  await app.expectWebGL();
  await expect(statusNote(page)).toHaveText('WebGL backend chosen by ?backend=webgl.');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  // Auto would have timed the backends; pinned, the run stays on WebGL.
  await app.expectWebGL();
  await expect(backendReason(page)).toHaveText('pinned');
});
