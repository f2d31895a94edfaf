/**
 * Live control of a run: the page stays responsive while the worker trains,
 * and Pause / Resume / Stop / Reset do what they say.
 */
import { expect, test } from '@playwright/test';
import { Playground, epochValue, panel } from './app';

test('pause, resume, stop and reset while the page stays responsive', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 500, samples: 200 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  // The primary button says what the run is doing, and waits for it.
  await expect(app.trainButton()).toHaveText('Training…');
  await expect(app.trainButton()).toBeDisabled();

  // The chart grows while the UI keeps reacting to input.
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', /^[1-9]/);
  await page.getByLabel('Model name').fill('typed while training');
  await expect(page.getByLabel('Model name')).toHaveValue('typed while training');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(app.state()).toHaveText('State: paused');
  await expect(app.trainButton()).toHaveText('Paused');
  await expect(app.trainButton()).toBeDisabled();
  const pausedAt = await page.getByTestId('loss-chart').getAttribute('data-points');
  // While paused the count holds; resuming makes it grow again.
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', pausedAt!);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(app.state()).toHaveText('State: training');
  await expect(page.getByTestId('loss-chart')).not.toHaveAttribute('data-points', pausedAt!);

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(app.state()).toHaveText('State: done');
  await expect(panel(page, 'Train').getByText(/^Stopped after epoch \d+\.$/)).toBeVisible();
  const epochs = await app.number('Epoch');
  expect(epochs).toBeLessThan(500);

  // Continue training picks up the numbering where it stopped.
  await app.setNumber('Epochs', 2);
  await expect(app.trainButton()).toHaveText('Continue training');
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: done');
  await expect(epochValue(page, 'Epoch')).toHaveText(String(epochs + 2));

  // Reset asks first, naming what it discards; Cancel keeps the model.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Reset training?' });
  await expect(ask).toContainText(`its ${epochs + 2} trained epochs`);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(app.trainButton()).toHaveText('Continue training');
  await app.reset();
  await expect(app.state()).toHaveText('State: idle');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '0');
  await expect(app.trainButton()).toHaveText('Train');
});
