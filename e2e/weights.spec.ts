/**
 * Weight histograms per epoch and first-layer Conv2D filters:
 * train the default MLP a few epochs and scrub back through its weights;
 * train a small CNN on the digits and see one image per filter.
 */
import { expect, test } from '@playwright/test';
import { Playground, inputShape } from './app';
import { canvasPixels, distinctColours } from './boundary';
import { trainUntilDone, WeightViews } from './weights';

test.describe.configure({ timeout: 360_000 });

test('each layer has weight and bias histograms that follow the epochs and can be scrubbed back', async ({
  page,
}) => {
  const app = new Playground(page);
  const weights = new WeightViews(page);
  await app.open('?backend=cpu');
  await expect(
    page.getByText('Train the network (or load a model) to see a histogram'),
  ).toBeVisible();
  await app.configureSmallRun({ epochs: 3, samples: 200, lr: 0.1, batch: 32 });
  await trainUntilDone(app, 3);

  // The label follows the last epoch; every weighted layer has a kernel and a bias histogram.
  await expect(weights.epochLabel()).toHaveText('Epoch 3 of 3');
  await expect(weights.slider()).toHaveAttribute('aria-valuetext', 'Epoch 3 of 3');
  for (const layer of ['dense_1', 'dense_2', 'output']) {
    await expect(weights.histogram(layer, 'kernel')).toHaveAttribute(
      'aria-label',
      new RegExp(`^Histogram of ${layer} kernel at epoch 3: [\\d,]+ values from`),
    );
    await expect(weights.histogram(layer, 'bias')).toBeVisible();
  }
  // dense_1: 2 inputs × its units, drawn as 30 bars whose counts add up to every value.
  const last = await weights.read('dense_1', 'kernel');
  const values = Number(/: ([\d,]+) values from/.exec(last.name)?.[1]?.replace(/,/g, ''));
  expect(values % 2).toBe(0);
  expect(values).toBeGreaterThan(0);
  const counts = last.counts.split(',').map(Number);
  expect(counts).toHaveLength(30);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(values);

  // The bars are painted, in the bar colour (the palette's blue, #0072b2).
  const plot = weights.histogram('dense_1', 'kernel').locator('canvas');
  expect(distinctColours(await canvasPixels(plot)).has('0,114,178')).toBe(true);

  // Hovering a bar tells its range and count.
  await weights.histogram('dense_1', 'kernel').hover();
  await expect(page.locator('.weight-tooltip')).toContainText(/ to .*at epoch 3/s);

  // Back to the initial weights: another epoch, other bars; biases start at zero.
  await weights.slider().focus();
  await page.keyboard.press('Home');
  await expect(weights.epochLabel()).toHaveText('Epoch 0 of 3 (initial weights)');
  await expect(weights.histogram('dense_1', 'kernel')).toHaveAttribute(
    'aria-label',
    new RegExp(`at epoch 0: ${values.toLocaleString('en-US')} values`),
  );
  const first = await weights.read('dense_1', 'kernel');
  expect(first).not.toEqual(last);
  await expect(weights.histogram('dense_1', 'bias')).toHaveAttribute(
    'aria-label',
    /at epoch 0: [\d,]+ values from 0 to 0$/,
  );

  // One step forward is epoch 1; "Follow latest" returns to the newest epoch.
  await page.keyboard.press('ArrowRight');
  await expect(weights.epochLabel()).toHaveText('Epoch 1 of 3');
  await page.getByRole('button', { name: 'Follow latest' }).click();
  await expect(weights.epochLabel()).toHaveText('Epoch 3 of 3');
  expect(await weights.read('dense_1', 'kernel')).toEqual(last);
  await expect(page.getByRole('button', { name: 'Follow latest' })).toHaveCount(0);
});

test('a CNN on the digits shows one image per first-layer filter', async ({ page }) => {
  const app = new Playground(page);
  const weights = new WeightViews(page);
  await app.open();
  await app.expectWebGL();
  await page.getByLabel('Dataset').selectOption('mnist');
  await expect(inputShape(page)).toHaveText('Input [batch, 28, 28, 1]');
  await app.setNumber('Samples', 200);
  await page
    .getByRole('group', { name: 'Presets' })
    .getByRole('button', { name: 'LeNet-style CNN' })
    .click();
  await page.getByRole('group', { name: 'Conv2D 1' }).getByLabel('Filters').fill('4');
  await app.setNumber('Epochs', 1);
  await app.setNumber('Batch size', 32);
  await trainUntilDone(app, 1);

  await expect(weights.epochLabel()).toHaveText('Epoch 1 of 1');
  await expect(weights.filters()).toHaveCount(4);
  for (let i = 1; i <= 4; i++)
    await expect(page.getByRole('img', { name: `Filter ${i} of 4`, exact: true })).toBeVisible();
  await expect(page.getByText('4 filters of 5×5 over the one input channel')).toBeVisible();
  await expect(weights.histogram('conv2d_1', 'kernel')).toHaveAttribute(
    'aria-label',
    /at epoch 1: 100 values from/,
  );
  // A dense stack has no filters to draw.
  await expect(weights.layer('dense_1')).toBeVisible();
});
