/**
 * Data of any shape the size limit allows: long files are read and drawn
 * as a sample, wide ones get a column picker that stays small or are
 * refused with their column count, and the page keeps working.
 */
import { expect, test } from '@playwright/test';
import { Playground, panel, splitCount, tableReport } from '../app';
import { expectPageWorks, longCsv, uploadCsv, wideCsv } from './data-scale-helpers';

test('a CSV of 130,000 rows with a numeric label is previewed, drawn as a sample and trains', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await uploadCsv(page, 'long.csv', longCsv(130_000));

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(panel(page, 'Data').getByText(/^long\.csv: 130,000 rows × 3 columns/)).toBeVisible();
  await expect(page.getByLabel('Label column')).toHaveValue('price');
  await expect(tableReport(page)).toContainText('Using 130,000 rows of 130,000, 2 inputs each');
  await expect(splitCount(page, 'Train')).toHaveText('Train: 78,000');
  const scatter = page.getByRole('img', {
    name: /^Scatter plot of 130000 points coloured by price/,
  });
  await expect(scatter).toHaveAccessibleName(/2,000 of them drawn, evenly sampled\.$/);
  await expect(
    panel(page, 'Data').getByText('Showing a sample of 2,000 of 130,000 points.'),
  ).toBeVisible();
  // The engine takes the whole set: one epoch in large batches.
  await app.setNumber('Batch size', 1000);
  await app.setNumber('Epochs', 1);
  await app.trainToCompletion(1);

  await expectPageWorks(page);
  expect(errors).toEqual([]);
});

test('a CSV of 50,000 columns is refused with its column count and the limit', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await page.getByLabel('Dataset').selectOption('xor');
  await uploadCsv(page, 'wide.csv', wideCsv(50_000, 6));

  await expect(panel(page, 'Data').getByRole('alert')).toHaveText(
    'wide.csv has 50,000 columns; this page reads at most 1,000. Keep the columns you want to learn from (and the label) and upload that.',
  );
  await expect(page.getByLabel('Dataset')).toHaveValue('xor');
  await expect(
    page.getByRole('img', { name: /^Scatter plot of 400 points in 2 classes/ }),
  ).toBeVisible();
});

test('a CSV of 785 columns gets a searchable picker that shows 40 columns at a time', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open();
  await uploadCsv(page, 'pixels.csv', wideCsv(785, 40));

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  const data = panel(page, 'Data');
  await expect(data.getByText(/^pixels\.csv: 40 rows × 785 columns/)).toContainText(
    'The preview shows the first 20 columns; 765 more are not shown.',
  );
  const preview = page.getByRole('table', { name: 'First rows of pixels.csv' });
  await expect(preview.getByRole('columnheader')).toHaveCount(20);
  const features = page.getByRole('group', { name: 'Feature columns' });
  await expect(features.getByRole('checkbox')).toHaveCount(40);
  await expect(
    features.getByText('and 744 more columns: type part of a name above to find one.'),
  ).toBeVisible();

  // A column past the first 40 is found by name and can be left out.
  await features.getByRole('searchbox', { name: 'Find a feature column' }).fill('c700');
  const c700 = features.getByRole('checkbox', { name: 'c700', exact: true });
  await expect(c700).toBeChecked();
  await c700.uncheck();
  await expect(tableReport(page)).toContainText('783 inputs each');
  await expect(features.getByText('783 of 784 in use')).toBeVisible();

  // The form for one prediction draws the first 40 inputs and says what the rest are set to.
  const form = page.getByRole('form', { name: 'Predict one row' });
  await expect(form.getByRole('textbox')).toHaveCount(40);
  await expect(form).toContainText(
    'The form shows the first 40 of 783 inputs; the other 743 keep their typical values.',
  );

  await expectPageWorks(page);
});
