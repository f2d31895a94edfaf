/**
 * For a regression task the metric chart, the summary and the CSV export
 * show the mean absolute error instead of accuracy.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Playground, chart, epochValue } from './app';

test('a regression run charts and exports the mean absolute error', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page.getByLabel('Dataset').selectOption({ label: 'Plane (regression)' });
  await app.configureSmallRun({ epochs: 4, samples: 200, batch: 16, lr: 0.03 });
  await app.trainToCompletion(4);

  await expect(chart(page, 'Mean absolute error')).toBeVisible();
  await expect(chart(page, 'Accuracy')).toHaveCount(0);
  const mae = chart(page, 'Mean absolute error');
  await expect(page.getByTestId('metric-chart')).toHaveAttribute('data-points', '4');
  await expect(mae.locator('path.recharts-curve')).toHaveCount(3);
  await expect(epochValue(page, 'Val accuracy')).toHaveCount(0);
  const lastMae = await app.number('MAE');
  expect(lastMae).toBeGreaterThan(0);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV per epoch' }).click(),
  ]);
  const lines = (await readFile(await file.path(), 'utf8')).trimEnd().split('\n');
  expect(lines[0]).toBe('epoch,loss,val_loss,mae,val_mae,learning_rate,elapsed_ms');
  expect(lines).toHaveLength(5);
  expect(Number(lines[4]!.split(',')[3])).toBeCloseTo(lastMae, 4);
});
