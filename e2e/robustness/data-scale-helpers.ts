/**
 * CSV files for the data-scale tests, generated here (never committed), and
 * the steps of uploading one and checking the page still works.
 */
import { expect, type Page } from '@playwright/test';
import { panel } from '../app';

/** `rows` rows of two features and a numeric label with many values (a regression). */
export function longCsv(rows: number): Buffer {
  const lines = ['width,height,price'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${(i % 97) / 10},${((i * 7) % 89) / 10},${(i * 13) % 1000}`);
  }
  return Buffer.from(lines.join('\n') + '\n');
}

/** `columns` numeric columns named c1, c2, …, the last one a 0/1 label, and `rows` rows. */
export function wideCsv(columns: number, rows: number): Buffer {
  const header = Array.from({ length: columns }, (_, i) => `c${i + 1}`).join(',');
  const lines = [header];
  for (let r = 0; r < rows; r++) {
    lines.push(
      Array.from({ length: columns }, (_, i) => (i === columns - 1 ? r % 2 : (r + i) % 10)).join(
        ',',
      ),
    );
  }
  return Buffer.from(lines.join('\n') + '\n');
}

/** The text as UTF-16 with a byte order mark. */
export function utf16(text: string, littleEndian: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

/** Upload `buffer` as a CSV file called `name`. */
export async function uploadCsv(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Upload CSV').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** The page still answers: switching to XOR draws its 400 points. */
export async function expectPageWorks(page: Page): Promise<void> {
  await page.getByLabel('Dataset').selectOption('xor');
  await expect(
    page.getByRole('img', { name: /^Scatter plot of 400 points in 2 classes/ }),
  ).toBeVisible();
  await expect(panel(page, 'Data').getByRole('alert')).toHaveCount(0);
}
