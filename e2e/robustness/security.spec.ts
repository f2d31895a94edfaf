/**
 * The built app under its Content-Security-Policy: a whole journey (WebGL
 * and WASM training, evaluation, prediction, the library, a .zip round
 * trip, exports) raises no violation in the page or its workers and sends
 * no request to another origin; and the policy really blocks what it must.
 */
import { expect, test, type Page } from '@playwright/test';
import { EvaluatePanel } from '../evaluate';
import { Playground, prediction, statusItem } from '../app';
import { ModelsPanel } from '../fixtures/models-page';
import { watchSecurity } from './security-helpers';

async function downloadName(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return download.suggestedFilename();
}

test('a full journey under the policy raises no violation and reaches no other origin', async ({
  page,
}) => {
  const watch = watchSecurity(page);
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=webgl');
  await app.expectWebGL();
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(policy).toHaveAttribute('content', /default-src 'self'/);

  await page.getByLabel('Dataset').selectOption('xor');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  await new EvaluatePanel(page).evaluate();
  expect(await app.predict(0.5, -0.5)).toHaveLength(2);
  expect(await downloadName(page, 'Download the loss chart as PNG')).toBe('loss-chart.png');

  await models.save('csp-journey');
  const bundle = await models.downloadOne('Download .zip bundle');
  await app.reset();
  await expect(prediction(page)).toHaveCount(0);
  await models.drop([bundle]);
  await expect(models.message(`Loaded ${bundle.name} with its playground settings.`)).toBeVisible();
  await page.getByRole('button', { name: 'Load csp-journey' }).click();
  await expect(models.message('Loaded "csp-journey".')).toBeVisible();
  expect(await downloadName(page, 'Export for Python / Keras')).toMatch(/\.zip$/);

  // The WASM backend compiles its binary: the one thing 'wasm-unsafe-eval' is for.
  await app.open('?backend=wasm');
  await expect(app.state()).toHaveText('State: idle');
  await app.configureSmallRun({ epochs: 1, samples: 100 });
  await app.trainToCompletion(1);
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: wasm');

  // The watch saw the workers' own requests (the .wasm binary is fetched by the engine worker).
  expect(watch.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  await watch.expectClean();
});

test('an inline script or handler injected into the page is blocked and reported', async ({
  page,
}) => {
  const watch = watchSecurity(page);
  await new Playground(page).open('?backend=cpu');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.body.append(s);
    const b = document.createElement('button');
    b.setAttribute('onclick', 'window.__clicked = 1');
    document.body.append(b);
    b.click();
    b.remove();
    return { injected: '__injected' in window, clicked: '__clicked' in window };
  });
  expect(ran).toEqual({ injected: false, clicked: false });
  await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(2);
  expect(watch.violations.join('\n')).toMatch(/script-src/);
});

test('a request to another origin, from the page or a worker, is refused and caught', async ({
  page,
}) => {
  const watch = watchSecurity(page);
  await new Playground(page).open('?backend=cpu');
  const track = () =>
    fetch('https://example.com/track').then(
      () => 'sent',
      () => 'refused',
    );
  expect(await page.evaluate(track)).toBe('refused');
  await expect.poll(() => watch.violations.join('\n')).toMatch(/connect-src.*\(page/);
  const engine = page.workers().find((w) => w.url().includes('engine.worker'));
  expect(engine, 'the engine runs in a worker').toBeDefined();
  expect(await engine!.evaluate(track)).toBe('refused');
  await expect.poll(() => watch.violations.join('\n')).toMatch(/connect-src.*\(worker /);
});
