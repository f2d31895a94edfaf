/**
 * Every built-in dataset can be picked and shows its preview:
 * 2-D sets as a scatter plot, digits as a grid of images, tables as their
 * first rows, columns and classes.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, panel, splitCount, tableReport } from './app';

const scatter = (page: Page, name: RegExp) => page.getByRole('img', { name });

test('2-D classification and regression sets, with samples, noise, classes and seed', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open();
  const dataset = page.getByLabel('Dataset');
  for (const kind of ['circle', 'xor', 'gaussians', 'spiral', 'moons', 'checkerboard']) {
    await dataset.selectOption(kind);
    await expect(dataset).toHaveValue(kind);
    await expect(scatter(page, /^Scatter plot of 400 points in 2 classes\./)).toBeVisible();
  }
  await dataset.selectOption('blobs');
  await expect(scatter(page, /of 400 points in 4 classes/)).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Classes' }).fill('6');
  await expect(scatter(page, /of 400 points in 6 classes/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Samples per class and split' })).toContainText(
    'Class 5',
  );

  await dataset.selectOption('spiral');
  await page.getByRole('spinbutton', { name: 'Classes' }).fill('3');
  await app.setNumber('Samples', 10_000);
  await expect(scatter(page, /of 10000 points in 3 classes/)).toBeVisible();
  await expect(splitCount(page, 'Train')).toHaveText('Train: 6,000');

  for (const kind of ['plane', 'hills']) {
    await dataset.selectOption(kind);
    await expect(scatter(page, /of 10000 points coloured by y, from -?\d/)).toBeVisible();
  }

  // Seed and Regenerate draw a new sample; an invalid count says so and keeps the data.
  const seed = page.getByLabel('Seed', { exact: true });
  await expect(seed).toHaveValue('1');
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(seed).toHaveValue('2');
  await app.setNumber('Samples', 5);
  await expect(panel(page, 'Data').getByRole('alert')).toContainText('Data samples');
  await expect(scatter(page, /of 10000 points/)).toBeVisible();
});

test('handwritten digits load on demand and show labelled samples', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const app = new Playground(page);
  await app.open();
  // Nothing of the digits is fetched until they are picked.
  expect(requested.filter((p) => p.startsWith('/data/'))).toEqual([]);
  const digitsAsset = page.waitForResponse((r) => r.url().endsWith('/data/mnist-digits.bin'));
  await page.getByLabel('Dataset').selectOption('mnist');
  expect((await digitsAsset).status()).toBe(200);
  const grid = page.getByRole('list', { name: 'Sample digits' });
  await expect(grid.getByRole('listitem')).toHaveCount(24);
  await expect(grid.getByRole('img', { name: /^Digit labelled [0-9]$/ })).toHaveCount(24);
  await expect(splitCount(page, 'Train')).toHaveText(/^Train: 1,2\d\d$/);
  const perClass = page.getByRole('table', { name: 'Samples per class and split' });
  await expect(perClass.getByRole('row')).toHaveCount(11);

  await app.setNumber('Samples', 500);
  await expect(splitCount(page, 'Train')).toHaveText(/^Train: (29\d|30\d)$/);
  await expect(page.getByLabel('Dataset')).toHaveValue('mnist');
});

test('Iris and Auto MPG tables show their rows, columns, classes and missing values', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open();
  await page.getByLabel('Dataset').selectOption('iris');
  await expect(page.getByRole('table', { name: 'First rows of iris.csv' })).toBeVisible();
  await expect(page.getByLabel('Label column')).toHaveValue('species');
  await expect(page.getByLabel('Task')).toHaveValue('classification');
  await expect(page.getByLabel('Class mapping')).toHaveText(
    'Classes: setosa → 0, versicolor → 1, virginica → 2',
  );
  await expect(splitCount(page, 'Train')).toHaveText('Train: 90');
  await expect(
    scatter(page, /^Scatter plot of 150 points in 3 classes\. sepal_length across/),
  ).toBeVisible();
  await page.getByLabel('Plot up').selectOption('petal_width');
  await expect(scatter(page, /petal_width up/)).toBeVisible();

  await page.getByLabel('Dataset').selectOption('auto-mpg');
  await expect(page.getByRole('table', { name: 'First rows of auto-mpg.csv' })).toBeVisible();
  await expect(page.getByLabel('Task')).toHaveValue('regression');
  await expect(tableReport(page)).toContainText(
    'Using 392 rows of 406, 9 inputs each: 8 rows without a label dropped; 6 rows with missing values dropped.',
  );
  await expect(page.getByRole('checkbox', { name: /^name/ })).toBeDisabled();
  await page.getByLabel('Missing values').selectOption('fill');
  await expect(tableReport(page)).toContainText('6 missing values filled in 6 rows');
  await expect(scatter(page, /coloured by mpg/)).toBeVisible();

  // Back to Iris: its settings are remembered.
  await page.getByLabel('Dataset').selectOption('iris');
  await expect(page.getByLabel('Label column')).toHaveValue('species');
});
