/**
 * A browser without WebGL: the engine starts on the CPU, says so visibly,
 * and still trains (Auto choosing between WASM and the CPU).
 */
import { expect, test } from '@playwright/test';
import { Playground, backendReason, openFold, statusItem, statusNote } from './app';
import { launchOptions } from './browser';

test.use({ launchOptions: launchOptions(['--disable-gpu', '--disable-software-rasterizer']) });

test('without WebGL the app starts on the CPU, says so, and Auto picks WASM or CPU', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open();
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await expect(statusItem(page, 'GPU')).toHaveText('GPU: not used');
  await expect(statusNote(page)).toHaveText(
    'WebGL2 is not available in this context. Auto chooses between WASM and the CPU when training starts.',
  );
  await openFold(page, 'Backend:');
  const webgl = page.getByLabel('Backend').getByRole('option', { name: 'WebGL (not available)' });
  await expect(webgl).toBeDisabled();
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  await expect(statusItem(page, 'Backend')).toHaveText(/^Backend: (wasm|cpu)$/);
  await expect(backendReason(page)).toHaveText(
    /^(WASM: .+× faster than CPU|CPU: .+× faster than WASM|(WASM|CPU): level with (WASM|CPU) in timing \(within 5%\)|WASM: (within .+× of|level with) CPU in timing( \(within 5%\))?, and faster over a whole run,) for this [\d,]+-parameter network$/,
  );
  await expect(statusItem(page, 'GPU')).toHaveText('GPU: not used');
  await page.getByText('Backend timings').click();
  await expect(page.getByRole('list', { name: 'Backend timings' })).toContainText(
    'WebGL: skipped — WebGL2 is not available in this context.',
  );
});

test('without WebGL, pinning WebGL falls back to the CPU and says so', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=webgl');
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await expect(statusNote(page)).toHaveText(
    'WebGL2 is not available in this context. Training runs on the CPU, which is much slower.',
  );
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await expect(backendReason(page)).toHaveText(
    'WebGL could not be used (WebGL2 is not available in this context.); staying on CPU.',
  );
});
