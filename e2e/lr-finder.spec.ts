/**
 * Find a learning rate: the range test runs on a copy of the model, shows
 * its curve and a suggestion, and "Use …" sets the learning rate. The
 * model, its history and the Results are untouched.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, epochValue, lrRangeChart, lrSuggestion, openFold, panel } from './app';

/** Run the finder and return the suggested rate as the "Use …" button shows it. */
async function findRate(page: Page): Promise<string> {
  await openFold(page, 'Learning-rate finder');
  await page.getByRole('button', { name: 'Find a learning rate' }).click();
  await expect(lrRangeChart(page)).toBeVisible({ timeout: 60_000 });
  await expect(lrSuggestion(page)).toHaveText(
    /^Suggested: [\d.e-]+ — the loss falls fastest here\.$/,
  );
  const use = panel(page, 'Train').getByRole('button', { name: /^Use [\d.e-]+$/ });
  const shown = (await use.innerText()).replace(/^Use /, '');
  // The curve has points, and the chart describes itself with the suggestion.
  expect(
    Number(await page.getByTestId('lr-range-chart').getAttribute('data-points')),
  ).toBeGreaterThan(20);
  await expect(lrRangeChart(page)).toHaveAccessibleDescription(/Suggested: /);
  return shown;
}

test('finds a rate on fresh weights and uses it, training nothing', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.setNumber('Learning rate', 0.5);
  // A range outside the limits is refused, with what to change.
  await openFold(page, 'Learning-rate finder');
  await page.getByText('Test range', { exact: true }).click();
  await app.setNumber('Batches', 5);
  await expect(
    panel(page, 'Train')
      .getByRole('alert')
      .filter({ hasText: /^Run at least 10 batches\.$/ }),
  ).toBeVisible();
  await openFold(page, 'Learning-rate finder');
  await page.getByRole('button', { name: 'Find a learning rate' }).click();
  await expect(
    panel(page, 'Train').getByRole('alert').filter({ hasText: 'The test can’t run yet: ' }),
  ).toHaveText('The test can’t run yet: Run at least 10 batches.');
  await app.setNumber('Batches', 60);
  const rate = await findRate(page);
  expect(
    Number(await page.getByTestId('lr-range-chart').getAttribute('data-points')),
  ).toBeLessThanOrEqual(60);
  expect(Number(rate)).toBeGreaterThan(1e-6);
  expect(Number(rate)).toBeLessThan(10);
  await expect(panel(page, 'Train').getByText(/Started from fresh weights/)).toBeVisible();
  await page.getByRole('button', { name: `Use ${rate}` }).click();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveValue(
    String(Number(rate)),
  );
  // No run happened: still idle, no epochs, and Train would start a new model.
  await expect(app.state()).toHaveText('State: idle');
  await expect(epochValue(page, 'Epoch')).toHaveCount(0);
  await expect(app.trainButton()).toHaveText('Train');
});

test('after a short training the model and its results are the same after the finder', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 2, samples: 200, lr: 0.01 });
  await app.trainToCompletion(2);
  const loss = await epochValue(page, 'Loss').innerText();
  const points = await page.getByTestId('loss-chart').getAttribute('data-points');
  await findRate(page);
  await expect(
    panel(page, 'Train').getByText(/Started from the trained model’s weights\./),
  ).toBeVisible();
  await expect(epochValue(page, 'Epoch')).toHaveText('2');
  await expect(epochValue(page, 'Loss')).toHaveText(loss);
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', String(points));
  await expect(app.trainButton()).toHaveText('Continue training');
  // Changing a setting the curve depends on says the curve is out of date.
  await app.setNumber('Batch size', 32);
  await expect(
    panel(page, 'Train')
      .getByRole('status')
      .filter({ hasText: /^The settings have changed since this test/ }),
  ).toBeVisible();
});

test('cancel stops the test and keeps the learning rate', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  const lrField = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
  const lr = await lrField.inputValue();
  await openFold(page, 'Learning-rate finder');
  await page.getByText('Test range', { exact: true }).click();
  await app.setNumber('Batches', 500);
  await openFold(page, 'Learning-rate finder');
  await page.getByRole('button', { name: 'Find a learning rate' }).click();
  const train = panel(page, 'Train');
  await expect(
    train.getByRole('status').filter({ hasText: /^Batch \d+ of up to 500 · rate / }),
  ).toBeVisible();
  await train.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    train.getByRole('status').filter({ hasText: /^Cancelled: the learning rate is unchanged\.$/ }),
  ).toBeVisible();
  await expect(lrRangeChart(page)).toHaveCount(0);
  await expect(lrField).toHaveValue(lr);
  await expect(page.getByRole('button', { name: 'Find a learning rate' })).toBeEnabled();
});
