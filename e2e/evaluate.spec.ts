/**
 * Evaluate on the held-out test split: accuracy and the confusion matrix of
 * a small classifier (cells sum to the test count, accuracy is the diagonal
 * share), a cell's examples, the result kept with a saved model and shown
 * in the library; a regression shows MSE / MAE / R² and its scatter.
 */
import { expect, test } from '@playwright/test';
import { Playground, inputShape, termValue } from './app';
import { EvaluatePanel } from './evaluate';
import { ModelsPanel } from './fixtures/models-page';

test('evaluate a classifier on the test set and read its confusion matrix', async ({ page }) => {
  const app = new Playground(page);
  const evaluate = new EvaluatePanel(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');

  // Nothing to evaluate yet: the button says why it is off.
  await expect(evaluate.button()).toBeDisabled();
  await expect(evaluate.button()).toHaveAccessibleDescription('Train or load a model first.');
  await expect(page.getByText('Train or load a model first.', { exact: true })).toBeVisible();

  await page.getByLabel('Dataset').selectOption('blobs');
  await app.configureSmallRun({ epochs: 3, samples: 200, lr: 0.05 });
  await app.trainToCompletion(3);
  await evaluate.evaluate();

  const n = await evaluate.number('Test samples');
  expect(n).toBe(40); // 20 % of 200
  const accuracy = await evaluate.number('Accuracy');
  expect(await evaluate.number('Loss')).toBeGreaterThan(0);

  const m = await evaluate.confusion();
  expect(m).toHaveLength(4);
  m.forEach((row) => expect(row).toHaveLength(4));
  const total = m.flat().reduce((a, b) => a + b, 0);
  const diagonal = m.reduce((a, row, i) => a + row[i]!, 0);
  expect(total).toBe(n);
  expect(accuracy).toBeCloseTo((100 * diagonal) / n, 1);

  // Per-class scores: one row per class, then the two averages.
  const scores = page.getByRole('table', { name: 'Per-class scores' });
  await expect(scores.locator('tbody tr')).toHaveCount(6);
  await expect(scores.getByRole('rowheader', { name: 'Macro average' })).toBeVisible();

  // Open the fullest cell: it lists that many samples, in data units.
  let best = { t: 0, p: 0, count: -1 };
  m.forEach((row, t) => row.forEach((c, p) => c > best.count && (best = { t, p, count: c })));
  const cell = evaluate.matrix().getByRole('button', {
    name: `${best.count} test sample${best.count === 1 ? '' : 's'} of Class ${best.t} predicted as Class ${best.p}`,
  });
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  const examples = page.getByRole('region', {
    name: `Examples: Class ${best.t} predicted as Class ${best.p}`,
  });
  await expect(examples.getByRole('table', { name: 'Samples in this cell' })).toBeVisible();
  await expect(examples.locator('tbody tr')).toHaveCount(best.count);
  await expect(examples.getByRole('columnheader', { name: 'x₁' })).toBeVisible();
  await examples.getByRole('button', { name: 'Close examples' }).click();
  await expect(examples).toHaveCount(0);

  // Saved with the model: the library shows it, and loading it back shows it as saved.
  await models.save('blobs-evaluated');
  const shown = `test accuracy ${accuracy.toFixed(1)}% (${n} samples)`;
  await expect(models.row('blobs-evaluated').getByText(shown, { exact: true })).toBeVisible();
  await page.reload();
  await expect(models.row('blobs-evaluated').getByText(shown, { exact: true })).toBeVisible();
  await expect(evaluate.result()).toHaveCount(0);
  await page.getByRole('button', { name: 'Load blobs-evaluated', exact: true }).click();
  await expect(models.message('Loaded "blobs-evaluated".')).toBeVisible();
  const whenSaved = evaluate.result().getByText(/^Evaluated when saved/);
  await expect(whenSaved).toBeVisible();
  expect(await evaluate.number('Accuracy')).toBe(accuracy);
  // The saved matrix has no per-sample predictions: its cells are numbers, not buttons.
  await expect(evaluate.matrix().getByRole('button')).toHaveCount(0);
  await expect(evaluate.matrix().locator('tbody tr')).toHaveCount(4);

  // Evaluating the loaded weights again gives the same numbers, now browsable.
  await evaluate.evaluate();
  await expect(whenSaved).toHaveCount(0);
  expect(await evaluate.number('Accuracy')).toBe(accuracy);
  expect(await evaluate.confusion()).toEqual(m);
});

test('a regression shows MSE, MAE, R² and predicted against actual', async ({ page }) => {
  const app = new Playground(page);
  const evaluate = new EvaluatePanel(page);
  await app.open('?backend=cpu');
  await page.getByLabel('Dataset').selectOption({ label: 'Plane (regression)' });
  await app.configureSmallRun({ epochs: 3, samples: 200, batch: 16, lr: 0.03 });
  await app.trainToCompletion(3);
  await evaluate.evaluate();

  expect(await evaluate.number('Test samples')).toBe(40);
  const mse = await evaluate.number('MSE');
  const mae = await evaluate.number('MAE');
  const r2 = await evaluate.number('R²');
  expect(mse).toBeGreaterThan(0);
  expect(mae).toBeGreaterThan(0);
  expect(mae * mae).toBeLessThanOrEqual(mse + 1e-4); // MAE² ≤ MSE always
  expect(r2).toBeLessThanOrEqual(1);
  await expect(termValue(evaluate.result(), 'Accuracy')).toHaveCount(0);
  await expect(evaluate.matrix()).toHaveCount(0);

  const plot = page.getByRole('figure', { name: /: predicted against actual \(/ });
  await expect(plot).toContainText('40 test samples');
  await expect(plot.locator('.recharts-scatter-symbol')).toHaveCount(40);
  await expect(plot.locator('.recharts-reference-line')).toHaveCount(1);
});

test('digits: test images with predicted and true labels, mistakes marked', async ({ page }) => {
  const app = new Playground(page);
  const evaluate = new EvaluatePanel(page);
  await app.open();
  await page.getByLabel('Dataset').selectOption('mnist');
  await expect(inputShape(page)).toHaveText('Input [batch, 28, 28, 1]');
  await page
    .getByRole('group', { name: 'Presets' })
    .getByRole('button', { name: 'Tiny MLP' })
    .click();
  await app.configureSmallRun({ epochs: 2, samples: 200, batch: 16, lr: 0.01 });
  await app.trainToCompletion(2);
  await evaluate.evaluate();

  const n = await evaluate.number('Test samples');
  expect(n).toBe(40); // all of them fit the grid of 48
  const m = await evaluate.confusion();
  expect(m).toHaveLength(10);
  const mistakes = n - m.reduce((a, row, i) => a + row[i]!, 0);
  const grid = page.getByRole('list', { name: 'Test digits with predictions' });
  await expect(
    grid.getByRole('img', { name: /^Test digit \d+: predicted \d, true \d/ }),
  ).toHaveCount(n);
  await expect(grid.getByRole('img', { name: /, a mistake$/ })).toHaveCount(mistakes);
  await expect(grid.getByText(/^✗ \d \(true \d\)$/)).toHaveCount(mistakes);
  await expect(grid.getByText(/^✓ \d$/)).toHaveCount(n - mistakes);

  await page.getByLabel('Mistakes only').check();
  await expect(grid.getByRole('listitem')).toHaveCount(Math.min(48, mistakes));
  await expect(grid.getByText(/^✓/)).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Test digits' }).getByText(/ mistakes? in \d+ test digits/),
  ).toContainText(`${mistakes} mistake${mistakes === 1 ? '' : 's'} in ${n} test digits`);

  // A confusion cell lists its digits as images.
  let best = { t: 0, p: 0, count: -1 };
  m.forEach((row, t) => row.forEach((c, p) => c > best.count && (best = { t, p, count: c })));
  const cell = evaluate.matrix().getByRole('button', {
    name: `${best.count} test sample${best.count === 1 ? '' : 's'} of class ${best.t} predicted as class ${best.p}`,
  });
  await cell.click();
  const examples = page.getByRole('region', {
    name: `Examples: class ${best.t} predicted as class ${best.p}`,
  });
  await expect(examples.getByRole('img')).toHaveCount(best.count);
});
