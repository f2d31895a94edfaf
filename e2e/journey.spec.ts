/**
 * The first complete journey: data -> network -> training on WebGL with a
 * live loss chart -> save -> reload -> load -> download -> upload.
 */
import { expect, test } from '@playwright/test';
import { ModelsPanel } from './fixtures/models-page';
import {
  openFold,
  Playground,
  chart,
  layerCards,
  layerShape,
  prediction,
  setupNotice,
  splitCount,
  statusItem,
  totalParams,
} from './app';

test('data, network, WebGL training, save, reload, load, download and upload', async ({ page }) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  // Pinned, so the run proves WebGL training (Auto may pick WASM or the CPU for a small net).
  await app.open('?backend=webgl');
  await app.expectWebGL();
  await expect(app.state()).toHaveText('State: idle');

  // 1. Data: pick a dataset and see it drawn and split; the network and settings follow it.
  await page.getByLabel('Dataset').selectOption('xor');
  await expect(setupNotice(page)).toContainText(
    'Set up for XOR: ReLU MLP, Adam at 0.01, batch 16, 50 epochs.',
  );
  await expect(page.getByLabel('Epochs', { exact: true })).toHaveValue('50');
  // Start from the tiny network instead: a preset brings its own hyperparameters.
  await page
    .getByRole('group', { name: 'Presets' })
    .getByRole('button', { name: 'Tiny MLP' })
    .click();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveValue(
    '0.03',
  );
  await app.configureSmallRun({ epochs: 12, samples: 200, lr: 0.05 });
  await expect(splitCount(page, 'Train')).toHaveText('Train: 120');
  await expect(splitCount(page, 'Validation')).toHaveText('Validation: 40');
  await expect(
    page.getByRole('img', { name: /Scatter plot of 200 points in 2 classes/ }),
  ).toBeVisible();

  // 2. Network: add, edit and remove hidden layers; shapes and counts follow.
  const layers = layerCards(page);
  await expect(layers).toHaveCount(2);
  await expect(totalParams(page)).toHaveText('114');
  await page.getByRole('button', { name: '+ Add layer' }).click();
  await expect(layers).toHaveCount(3);
  const dense3 = page.getByRole('group', { name: 'Dense 3' });
  await dense3.getByLabel('Units').fill('4');
  await dense3.getByLabel('Activation').selectOption('relu');
  // 2·8+8 + 8·8+8 + 8·4+4 + 4·2+2 = 142
  await expect(totalParams(page)).toHaveText('142');
  await expect(layerShape(dense3)).toHaveText('[batch, 4]');
  await page.getByRole('button', { name: 'Remove Dense 2' }).click();
  await expect(layers).toHaveCount(2);
  // 2·8+8 + 8·4+4 + 4·2+2 = 70
  await expect(totalParams(page)).toHaveText('70');

  // 3. Hyperparameters.
  await openFold(page, 'Optimizer:');
  await page.getByLabel('Optimizer').selectOption('adam');
  await app.setNumber('Learning rate', 0.05);

  // 4 + 5. Train on WebGL and watch the chart grow.
  await app.trainToCompletion(12);
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '12');
  await expect(chart(page, 'Loss').locator('path.recharts-curve').first()).toHaveAttribute(
    'd',
    /L/,
  );
  const firstLoss = await app.number('First-epoch loss');
  const lastLoss = await app.number('Loss');
  expect(lastLoss).toBeLessThan(firstLoss);
  await app.expectWebGL();

  const probe = [0.6, -0.4] as const;
  const trained = await app.predict(...probe);
  expect(trained).toHaveLength(2);
  expect(trained[0]! + trained[1]!).toBeCloseTo(1, 5);

  // 6. Save to the browser, reload, load: the same predictions.
  await page.getByLabel('Model name').fill('xor-journey');
  await page.getByRole('button', { name: 'Save to browser' }).click();
  await expect(models.message('Saved "xor-journey" in this browser.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Saved models' })).toContainText('xor-journey');

  await page.reload();
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: webgl');
  await expect(page.getByRole('list', { name: 'Saved models' })).toContainText('xor-journey');
  await expect(prediction(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Load xor-journey' }).click();
  await expect(models.message('Loaded "xor-journey".')).toBeVisible();
  // The architecture, data and history come back with it.
  await expect(layers).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Dense 2' }).getByLabel('Units')).toHaveValue('4');
  await expect(page.getByLabel('Dataset')).toHaveValue('xor');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '12');
  expect(await app.predict(...probe)).toEqual(trained);

  // Download model.json + weights.bin, forget the model, upload them back.
  const files = await app.downloadModel();
  const manifest = JSON.parse(files.json.toString('utf8'));
  expect(manifest.format).toBe('layers-model');
  expect(manifest.weightsManifest[0].paths).toEqual(['./weights.bin']);
  expect(files.bin.byteLength).toBe(70 * 4);

  await app.reset();
  await expect(app.state()).toHaveText('State: idle');
  await expect(prediction(page)).toHaveCount(0);
  await app.upload([
    { name: 'model.json', buffer: files.json },
    { name: 'weights.bin', buffer: files.bin },
  ]);
  await expect(models.message('Loaded model.json with its playground settings.')).toBeVisible();
  expect(await app.predict(...probe)).toEqual(trained);
});
