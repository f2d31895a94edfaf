/**
 * CSV data: upload a CSV, see its preview and detected types, choose the
 * label and feature columns, missing-value handling and scaling, and train
 * a network on it.
 */
import { expect, test } from '@playwright/test';
import { Playground, splitCount, tableReport } from './app';

test('upload a CSV, choose columns and train on it', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=webgl');
  await app.expectWebGL();
  await page.getByLabel('Upload CSV').setInputFiles('e2e/fixtures/data-fruit.csv');

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  const preview = page.getByRole('table', { name: 'First rows of data-fruit.csv' });
  await expect(preview.getByRole('row')).toHaveCount(9);
  // Each column's header: its name, then the type it was read as.
  await expect(preview.getByRole('columnheader')).toHaveText([
    /^weight_g ?number/,
    /^width_cm ?number/,
    /^height_cm ?number/,
    /^colour ?category/,
    /^sweetness ?number/,
    /^fruit ?category/,
  ]);
  await expect(page.getByLabel('Label column')).toHaveValue('fruit');
  await expect(page.getByLabel('Class mapping')).toHaveText(
    'Classes: apple → 0, lemon → 1, orange → 2',
  );
  await expect(tableReport(page)).toContainText('5 rows with missing values dropped');

  // Choose the columns and how to treat missing values.
  await page.getByRole('checkbox', { name: 'sweetness' }).uncheck();
  await page.getByLabel('Missing values').selectOption('fill');
  await expect(tableReport(page)).toHaveText(
    /Using 180 rows of 180, 7 inputs each: 5 missing values filled in 5 rows\./,
  );
  await page.getByLabel('Scaling').selectOption('minmax');
  await expect(splitCount(page, 'Train')).toHaveText('Train: 108');

  // A numeric label is regression by default, classification on request.
  await page.getByLabel('Label column').selectOption('sweetness');
  await expect(page.getByLabel('Task')).toHaveValue('regression');
  await expect(page.getByRole('checkbox', { name: 'fruit' })).toBeChecked();
  await page.getByLabel('Label column').selectOption('fruit');
  await expect(page.getByLabel('Task')).toHaveValue('classification');
  await expect(
    page.getByLabel('Task').getByRole('option', { name: 'Regression', exact: true }),
  ).toBeDisabled();

  // Train on it.
  await app.setNumber('Learning rate', 0.05);
  await app.setNumber('Batch size', 16);
  await app.setNumber('Epochs', 6);
  await app.trainToCompletion(6);
  expect(await app.number('Loss')).toBeLessThan(await app.number('First-epoch loss'));
  await app.expectWebGL();
});
