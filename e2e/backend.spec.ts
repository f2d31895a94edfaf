/**
 * Backends: Auto times the backends when a run starts and says which won
 * and why; a backend pinned from the Backend select is used and shown; a
 * model continued after a change of backend keeps its weights. Nothing is
 * fetched from outside the app (the WASM binaries are its own assets).
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, backendReason, epochValue, inputShape, openFold, statusItem } from './app';

/** Every request the page or its workers make, to check none leaves the app. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (r) => urls.push(r.url()));
  return urls;
}

const LABEL = { WebGL: 'webgl', WASM: 'wasm', CPU: 'cpu' } as const;

test('Auto times the backends at Train, uses the fastest and says why', async ({
  page,
  baseURL,
}) => {
  const urls = recordRequests(page);
  const app = new Playground(page);
  await app.open();
  await expect(page.getByLabel('Backend')).toHaveValue('auto');
  await expect(backendReason(page)).toHaveText('Auto: chosen when training starts');
  // The engine starts on WebGL: the GPU it names says whether WebGL is emulated on the CPU.
  await expect(statusItem(page, 'GPU')).not.toHaveText('GPU: not used');
  const emulated = /SwiftShader|llvmpipe/i.test(await statusItem(page, 'GPU').innerText());
  // A driver's long name is cut short in the header, which it would otherwise widen, and is
  // there in full on hover.
  const gpuName = statusItem(page, 'GPU').locator('strong');
  await expect(gpuName).toHaveAttribute('title', await gpuName.innerText());
  expect((await gpuName.boundingBox())?.width).toBeLessThanOrEqual(250);
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);

  const reason = backendReason(page);
  await expect(reason).toHaveText(
    /^(WebGL|WASM|CPU): (\d+(\.\d)?× faster than (WebGL|WASM|CPU)|level with (WebGL|WASM|CPU) in timing \(within 5%\)|(within \d+(\.\d)?× of|level with) CPU in timing( \(within 5%\))?, and faster over a whole run,) for this [\d,]+-parameter network$/,
  );
  // The status names the backend the reason says won.
  const winner = (await reason.innerText()).split(':')[0] as keyof typeof LABEL;
  await expect(statusItem(page, 'Backend')).toHaveText(`Backend: ${LABEL[winner]}`);
  // The timings open over the page: the header, which stays on screen, keeps its height.
  const header = page.getByRole('banner');
  const headerHeight = (await header.boundingBox())!.height;
  await page.getByText('Backend timings').click();
  const timings = page.getByRole('list', { name: 'Backend timings' });
  await expect(timings).toBeVisible();
  expect((await header.boundingBox())!.height).toBe(headerHeight);
  for (const name of ['WASM', 'CPU'])
    await expect(timings).toContainText(new RegExp(`${name}: \\d+\\.\\d ms per batch`));
  // An emulated GPU is not timed for a network this small: the others are faster than it can be.
  await expect(timings).toContainText(
    emulated
      ? /WebGL: not timed — WebGL runs on (SwiftShader|llvmpipe) here, a GPU emulated on the CPU, which can't beat (WASM|CPU)'s \d+\.\d ms per batch/
      : /WebGL: \d+\.\d ms per batch/,
  );
  // Escape closes them, handing the focus back; so does a press elsewhere on the page.
  await page.keyboard.press('Escape');
  await expect(timings).toBeHidden();
  await expect(page.getByText('Backend timings')).toBeFocused();
  await page.getByText('Backend timings').click();
  await expect(timings).toBeVisible();
  await page.getByRole('heading', { name: '3 · Train' }).click();
  await expect(timings).toBeHidden();

  // Continuing with the same network and batch size keeps the choice.
  await app.configureSmallRun({ epochs: 1, samples: 100 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: done');
  await expect(reason).toHaveText(await reason.innerText());
  expect(urls.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('blob:'))).toEqual([]);
});

test('a backend pinned from the select is used and shown; continuing moves the model', async ({
  page,
  baseURL,
}) => {
  const urls = recordRequests(page);
  const app = new Playground(page);
  await app.open();
  await openFold(page, 'Backend:');
  const select = page.getByLabel('Backend');

  await select.selectOption('wasm');
  await app.configureSmallRun({ epochs: 3, samples: 100 });
  await app.trainToCompletion(3);
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: wasm');
  await expect(backendReason(page)).toHaveText('pinned');
  await expect(statusItem(page, 'GPU')).toHaveText('GPU: not used');
  expect(urls.some((u) => /\/assets\/tfjs-backend-wasm[-\w]*\.wasm$/.test(u))).toBe(true);
  const onWasm = await app.predict(0.6, -0.4);

  // Move to the CPU: training goes on from epoch 3 with the same model.
  await select.selectOption('cpu');
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: wasm');
  await app.setNumber('Epochs', 2);
  await app.trainButton().click();
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  await expect(epochValue(page, 'Epoch')).toHaveText('5');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '5');
  await expect(backendReason(page)).toHaveText('pinned');
  const onCpu = await app.predict(0.6, -0.4);
  expect(onCpu).toHaveLength(onWasm.length);
  expect(urls.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('blob:'))).toEqual([]);
});

test('the backend cannot be changed during a run', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await openFold(page, 'Backend:');
  const select = page.getByLabel('Backend');
  await select.selectOption('cpu');
  await app.configureSmallRun({ epochs: 500, samples: 200 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  await expect(select).toBeDisabled();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(app.state()).toHaveText('State: done');
  await expect(select).toBeEnabled();
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
});

test('a backend that cannot train a CNN is skipped, and the timings say why', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await page.getByLabel('Dataset').selectOption('mnist');
  await expect(inputShape(page)).toHaveText('Input [batch, 28, 28, 1]');
  await app.setNumber('Samples', 200);
  await page
    .getByRole('group', { name: 'Presets' })
    .getByRole('button', { name: 'Small CNN' })
    .click();
  await app.setNumber('Batch size', 32);
  await app.setNumber('Epochs', 1);
  await app.trainToCompletion(1);
  await expect(statusItem(page, 'Backend')).toHaveText(/^Backend: (webgl|cpu)$/);
  await page.getByText('Backend timings').click();
  const timings = page.getByRole('list', { name: 'Backend timings' });
  await expect(timings).toContainText(
    "WASM: skipped — can't train convolutions (no Conv2DBackpropFilter kernel)",
  );
  await expect(timings).toContainText(/WebGL: \d+\.\d ms per batch/);
  await expect(timings).toContainText(/CPU: \d+\.\d ms per batch/);
});
