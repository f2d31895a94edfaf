/**
 * The model library in the browser: save two models, reload the page,
 * rename one, delete the other and undo, duplicate and search, then load
 * one and continue training where it stopped.
 */
import { expect, test } from '@playwright/test';
import { Playground, epochValue, loadedModel, statusItem } from './app';
import { ModelsPanel } from './fixtures/models-page';

test('save, reload, rename, delete with undo, load and continue training', async ({ page }) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 3, samples: 100 });
  await app.trainToCompletion(3);

  await models.save('alpha');
  await models.save('beta', false);
  await models.expectSaved(['alpha', 'beta']);
  await expect(models.row('alpha')).toContainText('training state saved');
  await expect(models.row('beta')).toContainText('weights only');
  await expect(models.row('alpha')).toContainText('3 epochs');
  await expect(page.getByText(/^Storage: .+ used, .+ free\./)).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await models.expectSaved(['alpha', 'beta']);

  // Rename: a taken name is refused and nothing changes; a free one works.
  await page.getByRole('button', { name: 'Rename alpha' }).click();
  await page.getByLabel('New name for alpha').fill('beta');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(models.message('A model named "beta" is already saved.')).toBeVisible();
  await models.expectSaved(['alpha', 'beta']);
  await page.getByLabel('New name for alpha').fill('gamma');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(models.message('Renamed "alpha" to "gamma".')).toBeVisible();
  await models.expectSaved(['gamma', 'beta']);
  await expect(models.row('gamma')).toContainText('training state saved');

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete beta' }).click();
  await expect(models.message('Deleted "beta".')).toBeVisible();
  await models.expectSaved(['gamma']);
  await page.getByRole('button', { name: 'Undo: restore “beta”' }).click();
  await expect(models.message('Restored "beta".')).toBeVisible();
  await models.expectSaved(['gamma', 'beta']);

  // Duplicate, search and sort.
  await page.getByRole('button', { name: 'Duplicate gamma' }).click();
  await expect(models.message('Saved a copy of "gamma" as "gamma (copy)".')).toBeVisible();
  await models.expectSaved(['gamma', 'gamma (copy)', 'beta']);
  await page.getByLabel('Search saved models').fill('gam');
  await models.expectSaved(['gamma', 'gamma (copy)']);
  await page.getByLabel('Search saved models').fill('');
  await page.getByLabel('Sort saved models').selectOption('name');
  await expect(models.list().getByRole('listitem').first()).toContainText('beta');

  // Load with its optimizer state and continue: epochs go on from 3.
  await page.getByRole('button', { name: 'Load gamma', exact: true }).click();
  await expect(models.message('Loaded "gamma".')).toBeVisible();
  await expect(loadedModel(page).getByText(/^Training state/)).toHaveText(
    'Training state restored: continued training picks up exactly where it stopped.',
  );
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '3');
  await app.setNumber('Epochs', 2);
  await expect(app.trainButton()).toHaveText('Continue training');
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  await expect(epochValue(page, 'Epoch')).toHaveText('5');

  // A model saved without its optimizer state says so when loaded.
  await page.getByRole('button', { name: 'Load beta', exact: true }).click();
  await expect(models.message('Loaded "beta".')).toBeVisible();
  await expect(loadedModel(page).getByText(/^Training state/)).toHaveText(
    'Training state not saved: continued training starts the optimizer afresh.',
  );
});
