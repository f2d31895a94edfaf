/**
 * Decision boundary and neuron maps: the heatmap behind the 2-D
 * points changes as the model trains, its toggles change the drawing, and
 * a hidden unit's thumbnail puts that unit's map in the big plot.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground } from './app';
import { canvasPixels, changedPixels, distinctColours, trainUntilDone } from './boundary';

// SwiftShader on a shared machine: a tiny run can take a minute.
test.setTimeout(300_000);

/** The two class tints of the discretised view (Okabe–Ito orange and blue, 45% over white). */
const DISCRETE_TINTS = new Set(['244,212,140', '140,192,220']);

/**
 * The plot's background: the decision boundary, or a hidden unit's
 * activation map while one is shown. Its data-* attributes (epoch, final,
 * view) are test hooks for what the pixels show.
 */
const boundaryMap = (page: Page) =>
  page.getByRole('img', { name: /^(Decision boundary|Activation map of layer)/ });

test('the boundary heatmap changes between epochs, and its toggles change the drawing', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  const boundary = boundaryMap(page);
  await expect(page.getByText('Train a model to see its decision boundary here.')).toBeVisible();
  await expect(boundary).toHaveCount(0);

  await app.configureSmallRun({ epochs: 1, samples: 200, lr: 0.05 });
  await trainUntilDone(app, 1);
  await expect(boundary).toHaveAttribute('data-final', 'true');
  await expect(boundary).toHaveAttribute('data-epoch', '1');
  await expect(boundary).toHaveAccessibleName(/Decision boundary/);
  const first = await canvasPixels(boundary);
  expect(first.width).toBe(100);
  // Not blank: the model's colours, not only white.
  expect(distinctColours(first).size).toBeGreaterThan(10);

  await app.setNumber('Epochs', 3);
  await trainUntilDone(app, 4);
  await expect(boundary).toHaveAttribute('data-epoch', '4');
  await expect(boundary).toHaveAttribute('data-final', 'true');
  const later = await canvasPixels(boundary);
  expect(changedPixels(first, later)).toBeGreaterThan(500);
  await expect(page.getByText(/^Background: /)).toContainText('after epoch 4');

  // Discretised: only the class tints.
  await page.getByRole('checkbox', { name: 'Discretise' }).check();
  await expect
    .poll(async () =>
      [...distinctColours(await canvasPixels(boundary))].every((c) => DISCRETE_TINTS.has(c)),
    )
    .toBe(true);
  expect(distinctColours(await canvasPixels(boundary)).size).toBeLessThanOrEqual(2);
  await page.getByRole('checkbox', { name: 'Discretise' }).uncheck();
  await expect
    .poll(async () => distinctColours(await canvasPixels(boundary)).size)
    .toBeGreaterThan(2);

  // Hiding the test points redraws the points layer without them.
  const scatter = page.getByRole('img', { name: /^Scatter plot of / });
  const withTest = await scatter.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  await page.getByRole('checkbox', { name: 'Show test points' }).uncheck();
  await expect
    .poll(() => scatter.evaluate((c) => (c as HTMLCanvasElement).toDataURL()))
    .not.toBe(withTest);
  await expect(page.getByText('● train ○ validation ■ test')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show test points' }).check();
  await expect
    .poll(() => scatter.evaluate((c) => (c as HTMLCanvasElement).toDataURL()))
    .toBe(withTest);

  // The boundary can be hidden; clicking the plane still predicts.
  await page.getByRole('checkbox', { name: 'Show boundary' }).uncheck();
  await expect(boundary).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show boundary' }).check();
  await expect(boundary).toBeVisible();
  const box = await scatter.boundingBox();
  if (!box) throw new Error('no scatter canvas');
  await scatter.click({ position: { x: box.width / 2, y: box.height / 2 } });
  // The centre of the plane, give or take a pixel.
  await expect(
    page.getByRole('list', { name: /^Prediction at \(-?0(\.0\d+)?, -?0(\.0\d+)?\)$/ }),
  ).toBeVisible();
});

test('a hidden unit thumbnail shows its own map in the big plot', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await expect(
    page
      .getByRole('region', { name: 'Hidden units' })
      .getByText('Train a model to see what each hidden unit responds to.', { exact: true }),
  ).toBeVisible();
  // Two hidden layers of 8 units: small enough for a map per unit.
  await page
    .getByRole('group', { name: 'Presets' })
    .getByRole('button', { name: 'Tiny MLP' })
    .click();
  await app.configureSmallRun({ epochs: 2, samples: 200 });
  await trainUntilDone(app, 2);
  const boundary = boundaryMap(page);
  await expect(boundary).toHaveAttribute('data-epoch', '2');
  await expect(boundary).toHaveAttribute('data-final', 'true');
  const layer1 = page.getByRole('group', { name: /^Layer 1 \(/ });
  await expect(layer1.getByRole('button')).toHaveCount(8);
  await expect(page.getByRole('group', { name: /^Layer 2 \(/ }).getByRole('button')).toHaveCount(8);
  const output = await canvasPixels(boundary);

  const unit = page.getByRole('button', { name: 'Layer 1 unit 3', exact: true });
  await unit.hover();
  await expect(boundary).toHaveAttribute('data-view', 'neuron-1-3');
  await expect(boundary).toHaveAccessibleName('Activation map of layer 1 unit 3 over the plane.');
  const map = await canvasPixels(boundary);
  expect(map.width).toBe(40);
  expect(distinctColours(map).size).toBeGreaterThan(5);

  // Click keeps it; another unit's map differs.
  await unit.click();
  await expect(unit).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Layer 2 unit 5', exact: true }).hover();
  await expect(boundary).toHaveAttribute('data-view', 'neuron-2-5');
  expect(changedPixels(map, await canvasPixels(boundary))).toBeGreaterThan(100);
  await page.getByRole('heading', { name: 'Hidden units' }).hover();
  await page.getByRole('heading', { name: 'Hidden units' }).click();
  await expect(boundary).toHaveAttribute('data-view', 'neuron-1-3');
  const caption = page.getByText(/^Background: /);
  await expect(caption).toContainText('Background: layer 1 unit 3');

  await caption.getByRole('button', { name: 'Show the output' }).click();
  await expect(boundary).toHaveAttribute('data-view', 'output');
  await expect(unit).toHaveAttribute('aria-pressed', 'false');
  expect(changedPixels(output, await canvasPixels(boundary))).toBe(0);
});
