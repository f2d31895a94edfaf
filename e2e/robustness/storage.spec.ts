/**
 * Storage faults, two tabs and leaving the page: a browser that refuses
 * storage or is out of space gets a worded message and the model still
 * downloads; two tabs see each other's saves and deletes and never
 * overwrite silently; a run live in one tab is not called interrupted by
 * another; leaving asks first only while work is at stake.
 */
import { expect, test } from '@playwright/test';
import { Playground, panel, runRow } from '../app';
import {
  FULL_QUOTA,
  injectEverywhere,
  models,
  recordDialogs,
  REFUSE_STORAGE,
  startLongRun,
  trainSmall,
} from './storage-helpers';

test('a browser that refuses storage gets a worded message on save, and the .zip still downloads', async ({
  page,
}) => {
  await injectEverywhere(page, REFUSE_STORAGE);
  await trainSmall(page);
  // The runs fall back to this tab's memory and say so.
  await expect(
    panel(page, 'Runs')
      .getByText(/Runs are kept in this tab only/)
      .first(),
  ).toBeVisible();
  await expect(runRow(page, 'Run 1')).toContainText('done');
  const m = models(page);
  await m.name.fill('refused');
  await m.save.click();
  await expect(
    m.message(
      'Your browser refused storage (private window, or site data blocked?). The model is still here: download it as a .zip.',
    ),
  ).toBeVisible();
  await expect(panel(page, 'Models').getByText('denied permission')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await m.zip.click();
  expect((await download).suggestedFilename()).toMatch(/\.zip$/);
});

test('a full storage quota is named on save, and the model stays loaded to download', async ({
  page,
}) => {
  await injectEverywhere(page, FULL_QUOTA);
  await trainSmall(page);
  const m = models(page);
  await m.name.fill('too-big');
  await m.save.click();
  await expect(
    m.message(
      /^The browser's storage for this site is full\. The model is still here: download it as a \.zip/,
    ),
  ).toBeVisible();
  await expect(m.list.getByRole('listitem')).toHaveCount(0);
  await expect(m.zip).toBeEnabled();
});

test('a model saved in one tab appears in the other, and a delete there removes it here', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await new Playground(b).open('?backend=cpu');
  await trainSmall(a);
  await models(a).name.fill('from-tab-a');
  await models(a).save.click();
  await expect(models(a).message('Saved "from-tab-a" in this browser.')).toBeVisible();
  // Tab B was open all along: no reload.
  await expect(models(b).list).toContainText('from-tab-a');
  await b.getByRole('button', { name: 'Delete from-tab-a' }).click();
  await expect(models(b).message('Deleted "from-tab-a".')).toBeVisible();
  await expect(models(a).list.getByRole('listitem')).toHaveCount(0);
});

test('saving under a name another tab just took asks before replacing it', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await trainSmall(a);
  await trainSmall(b);
  await models(a).name.fill('race');
  await models(b).name.fill('race');
  await models(b).save.click();
  await expect(models(b).message('Saved "race" in this browser.')).toBeVisible();
  // Tab A never saved "race", yet it is told before it writes over it.
  const replace = a.getByRole('button', { name: 'Replace it' });
  await expect(replace).toBeVisible();
  await models(a).save.click();
  await expect(models(a).message('A model named "race" is already saved.')).toBeVisible();
  await replace.click();
  await expect(models(a).message('Saved "race" in this browser.')).toBeVisible();
  await expect(models(b).list.getByRole('listitem')).toHaveCount(1);
});

test('a run going in one tab is not marked interrupted when another tab opens', async ({
  context,
}) => {
  const a = await context.newPage();
  const app = new Playground(a);
  await app.open('?backend=cpu');
  await startLongRun(app);
  const b = await context.newPage();
  await new Playground(b).open('?backend=cpu');
  await expect(runRow(b, 'Run 1')).toContainText('running');
  await expect(runRow(a, 'Run 1')).toContainText('running');
  await a.getByRole('button', { name: 'Stop', exact: true }).click();
  // The other tab follows the run to its end.
  await expect(runRow(b, 'Run 1')).toContainText('stopped');
  await expect(runRow(b, 'Run 1')).not.toContainText('interrupted');
});

test('reloading mid-run asks before leaving', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await startLongRun(app);
  const dialogs = recordDialogs(page);
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(runRow(page, 'Run 1')).toContainText('interrupted');
});

test('an idle page, or one whose trained model is saved, reloads without asking', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  const dialogs = recordDialogs(page);
  await page.getByLabel('Model name').click();
  await page.reload();
  await app.configureSmallRun({ epochs: 1, samples: 100 });
  await app.trainToCompletion(1);
  await models(page).name.fill('kept');
  await models(page).save.click();
  await expect(models(page).message('Saved "kept" in this browser.')).toBeVisible();
  await page.reload();
  await expect(models(page).list).toContainText('kept');
  expect(dialogs).toEqual([]);
});
