/**
 * What a user types or uploads is shown as text, never parsed as HTML, and
 * a long unbroken string wraps or is cut short instead of widening the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, panel } from '../app';
import { ModelsPanel } from '../fixtures/models-page';

const MARKUP = '<img src=x onerror="window.__xss=1">';

/** A small table whose first column is named `column` (quoted as CSV requires). */
function csvWith(column: string): Buffer {
  const rows = [`"${column.replaceAll('"', '""')}",width,fruit`];
  for (let i = 0; i < 40; i++) rows.push(`${100 + i},${(i % 7) + 1},${i % 2 ? 'apple' : 'pear'}`);
  return Buffer.from(rows.join('\n'));
}

async function uploadCsv(page: Page, column: string): Promise<void> {
  await page
    .getByLabel('Upload CSV')
    .setInputFiles({ name: 'table.csv', mimeType: 'text/csv', buffer: csvWith(column) });
  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
}

async function trainOnce(app: Playground): Promise<void> {
  await app.configureSmallRun({ epochs: 1, samples: 60 });
  await app.trainToCompletion(1);
}

async function renameFirstRun(page: Page, name: string): Promise<void> {
  const runs = panel(page, 'Runs');
  await runs.getByRole('button', { name: 'Rename Run 1' }).click();
  await runs.getByRole('textbox', { name: 'New name for Run 1' }).fill(name);
  await runs.getByRole('textbox', { name: 'New name for Run 1' }).press('Enter');
  await expect(runs.getByRole('button', { name: `Rename ${name}` })).toBeVisible();
}

async function expectNoMarkupRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

/** The page does not scroll sideways, and each panel is as wide as before. */
async function expectLayoutKept(page: Page, widths: number[]): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways by this many pixels').toBeLessThanOrEqual(0);
  expect(await panelWidths(page)).toEqual(widths);
}

function panelWidths(page: Page): Promise<number[]> {
  return page
    .locator('.panel')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
}

test('a CSV column named with HTML markup is shown as text', async ({ page }) => {
  await new Playground(page).open('?backend=cpu');
  await uploadCsv(page, MARKUP);
  await expect(panel(page, 'Data').getByRole('checkbox', { name: MARKUP })).toBeVisible();
  await expectNoMarkupRan(page);
});

test('a model name and a run name made of HTML markup are shown as text', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await trainOnce(app);
  await new ModelsPanel(page).save(MARKUP);
  await expect(page.getByRole('list', { name: 'Saved models' })).toContainText(MARKUP);
  await renameFirstRun(page, MARKUP);
  await expectNoMarkupRan(page);
});

test('a 300-character CSV column name wraps without widening the page', async ({ page }) => {
  await new Playground(page).open('?backend=cpu');
  await uploadCsv(page, 'short');
  const widths = await panelWidths(page);
  await uploadCsv(page, 'c'.repeat(300));
  await expect(panel(page, 'Data').getByRole('checkbox', { name: 'c'.repeat(300) })).toBeVisible();
  await expectLayoutKept(page, widths);
});

test('a model name and a run name at their longest keep the layout', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await trainOnce(app);
  const widths = await panelWidths(page);
  // The longest each may be: 80 characters for a model, 200 for a run.
  const models = new ModelsPanel(page);
  await models.save('m'.repeat(80));
  await renameFirstRun(page, 'r'.repeat(200));
  await expectLayoutKept(page, widths);
  // A longer one typed or pasted is cut at the field's limit.
  await page.getByLabel('Model name').fill('n'.repeat(300));
  await expect(page.getByLabel('Model name')).toHaveValue('n'.repeat(80));
  await expectLayoutKept(page, widths);
});
