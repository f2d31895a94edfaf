/**
 * Bad data files: each gets its own message, and the dataset in use stays
 * selected and drawn.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, panel, splitCount } from '../app';

async function expectXorInPlace(page: Page) {
  await expect(page.getByLabel('Dataset')).toHaveValue('xor');
  await expect(
    page.getByRole('img', { name: /^Scatter plot of 400 points in 2 classes/ }),
  ).toBeVisible();
  await expect(splitCount(page, 'Train')).toHaveText('Train: 240');
}

/** Where the page invites a drop: the line beside Upload CSV. */
const dropZone = (page: Page) => page.getByText(/^or drop a file here/);

const BAD: [string, string][] = [
  ['data-bad-image.csv', 'data-bad-image.csv is not a CSV file: it is a PNG image.'],
  ['data-bad-empty.csv', 'data-bad-empty.csv is empty (0 bytes).'],
  ['data-bad-header-only.csv', 'data-bad-header-only.csv has a header row but no data rows.'],
  ['data-bad-one-column.csv', 'data-bad-one-column.csv has only one column (“weight_g”).'],
  ['data-bad-no-numeric.csv', 'data-bad-no-numeric.csv has no numeric columns'],
  [
    'data-bad-ragged.csv',
    'data-bad-ragged.csv has ragged rows: row 4 has 2 fields, but the header has 3.',
  ],
];

test('bad files are refused with their reason; the current data stays', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await page.getByLabel('Dataset').selectOption('xor');
  const message = panel(page, 'Data').getByRole('alert');
  for (const [file, text] of BAD) {
    await page.getByLabel('Upload CSV').setInputFiles(`e2e/fixtures/${file}`);
    await expect(message).toContainText(text);
    await expectXorInPlace(page);
  }
  // No CSV was ever used, so the menu has nothing to switch to.
  await expect(page.getByRole('option', { name: /Your CSV file/ })).toBeDisabled();

  // A label with one value: the file opens in the column editor with the reason, unused.
  await page.getByLabel('Upload CSV').setInputFiles('e2e/fixtures/data-bad-one-label.csv');
  const labelError = panel(page, 'Data')
    .getByRole('alert')
    .filter({ hasText: 'The label “fruit” has only one value' });
  await expect(labelError).toHaveText(
    'The label “fruit” has only one value (“apple”): there is nothing to predict. Choose a label column with at least two different values. The data in use has not changed.',
  );
  await expectXorInPlace(page);
  // ...and picking a usable label puts it to use.
  await page.getByLabel('Label column').selectOption('width_cm');
  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(labelError).toHaveCount(0);

  // The app keeps working: back to XOR.
  await page.getByLabel('Dataset').selectOption('xor');
  await expectXorInPlace(page);
});

test('a file over the size limit is refused when dropped, before it is read', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await page.getByLabel('Dataset').selectOption('xor');
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(101 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' }));
    return dt;
  });
  await dropZone(page).dispatchEvent('drop', { dataTransfer: transfer });
  await expect(panel(page, 'Data').getByRole('alert')).toHaveText(
    'huge.csv is 101.0 MB; the largest CSV file this page reads is 100.0 MB. Use a sample of its rows.',
  );
  await expectXorInPlace(page);

  // A good file dropped the same way is used.
  const good = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${i},${(i * 7) % 5},${i % 2 ? 'odd' : 'even'}`,
    );
    dt.items.add(
      new File([`a,b,parity\n${rows.join('\n')}\n`], 'dropped.csv', { type: 'text/csv' }),
    );
    return dt;
  });
  await dropZone(page).dispatchEvent('drop', { dataTransfer: good });
  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(page.getByLabel('Class mapping')).toHaveText('Classes: even → 0, odd → 1');
});
