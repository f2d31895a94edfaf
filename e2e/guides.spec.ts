/**
 * Guided recipes, run end to end as a person would: each step is ticked by
 * the app once the user has done it, and the progress survives a reload.
 */
import { expect, test } from '@playwright/test';
import { Playground, statusItem } from './app';
import { EvaluatePanel } from './evaluate';
import { ModelsPanel } from './fixtures/models-page';
import { GuidesDrawer } from './guides-helpers';

test('the "learning rate is too high" recipe ticks the failed run, the lower rate and the run that learns', async ({
  page,
}) => {
  const app = new Playground(page);
  const guides = new GuidesDrawer(page);
  await app.open('?backend=cpu');
  await guides.open();
  await guides.start('The learning rate is too high');
  const rate = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
  await expect(rate).toHaveValue('5');
  await guides.expectCurrent(0);
  // Beside the drawer the panels keep room for their fields and words: the
  // rate box is as wide as without it, and Undo stays on one line.
  expect((await rate.boundingBox())?.width).toBeGreaterThanOrEqual(90);
  expect((await page.getByRole('button', { name: 'Undo' }).boundingBox())?.height).toBeLessThan(40);

  await app.trainToCompletion(10);
  await guides.expectDone(0);
  await app.setNumber('Learning rate', 0.1);
  await guides.expectDone(1);
  await app.trainNewToCompletion(10);
  await guides.expectDone(2);
  await expect(guides.complete()).toBeVisible();

  await page.getByRole('button', { name: 'Leave recipe' }).click();
  await expect(guides.drawer().getByRole('list', { name: 'Recipes' })).toBeVisible();
});

test('the save-and-load recipe keeps its place across a reload and ticks load, evaluate and download', async ({
  page,
}) => {
  const app = new Playground(page);
  const guides = new GuidesDrawer(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await guides.open();
  await guides.start('Save a model, reload, load it back, evaluate and download it');

  await app.trainToCompletion(10);
  await guides.expectDone(0);
  await models.save('guided');
  await guides.expectDone(1);

  await page.reload();
  await expect(statusItem(page, 'Backend')).not.toContainText('starting');
  // The drawer opens by itself on the recipe left in progress, with the reload ticked.
  await guides.expectDone(2);
  await page.getByRole('button', { name: 'Load guided', exact: true }).click();
  await expect(models.message('Loaded "guided".')).toBeVisible();
  await guides.expectDone(3);
  await new EvaluatePanel(page).evaluate();
  await guides.expectDone(4);
  await models.downloadOne('Download .zip bundle');
  await expect(guides.complete()).toBeVisible();
  await guides.expectDone(5);
});
