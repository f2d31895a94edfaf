/**
 * Accessibility: no serious or critical axe-core violation on any panel,
 * contrast included, in the light and the dark theme (followed from the
 * system's colour scheme), before and after a short
 * training run, with the table preview, the evaluation and a prediction
 * on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, panel } from '../app';
import { EvaluatePanel } from '../evaluate';
import { COLOR_SCHEMES, seriousViolations } from './a11y-helpers';

const PANELS = [
  'Data',
  'Models',
  'Network',
  'Inside the network',
  'Train',
  'Results',
  'Evaluate',
  'Predict',
  'Runs',
];

/** The whole page, once each panel has been on screen (some draw only when first seen). */
async function panelViolations(page: Page): Promise<string[]> {
  for (const title of PANELS) await panel(page, title).scrollIntoViewIfNeeded();
  return seriousViolations(page);
}

function tableCsv(): Buffer {
  const rows = ['weight,width,colour,fruit'];
  for (let i = 0; i < 60; i++)
    rows.push(`${100 + i},${(i % 7) + 1},${i % 3 ? 'red' : 'green'},${i % 2 ? 'apple' : 'pear'}`);
  return Buffer.from(rows.join('\n'));
}

/** The page's violations in each colour scheme, each line prefixed with its scheme. */
async function violationsInEachScheme(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    // The theme follows the scheme (System is the default), so both themes are checked for real.
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    out.push(...(await panelViolations(page)).map((v) => `${colorScheme}: ${v}`));
  }
  return out;
}

test(`no panel has a serious accessibility violation before or after training, in the ${COLOR_SCHEMES.join(' and ')} schemes`, async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  expect.soft(await violationsInEachScheme(page), 'before training').toEqual([]);
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  // A second run, so the line setting it against the first is checked too, in its colours.
  await app.setNumber('Learning rate', 0.5);
  await app.trainNewToCompletion(2);
  await expect(page.getByRole('note', { name: 'Against the run before' })).toBeVisible();
  await new EvaluatePanel(page).evaluate();
  await app.predict(0.5, -0.5);
  expect(await violationsInEachScheme(page), 'after training').toEqual([]);
});

test('an uploaded table and the digits have no serious accessibility violation', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page
    .getByLabel('Upload CSV')
    .setInputFiles({ name: 'fruit.csv', mimeType: 'text/csv', buffer: tableCsv() });
  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  expect.soft(await panelViolations(page), 'a table').toEqual([]);
  await page.getByLabel('Dataset').selectOption('mnist');
  await expect(page.getByLabel('Dataset')).toHaveValue('mnist');
  await expect(page.getByRole('list', { name: 'Sample digits' }).getByRole('listitem')).toHaveCount(
    24,
  );
  expect(await panelViolations(page), 'the digits').toEqual([]);
});
