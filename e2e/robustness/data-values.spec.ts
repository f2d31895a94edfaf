/**
 * Values and encodings of a CSV: non-finite numbers are named with their
 * rows and read as missing, and text in UTF-16 or Windows-1252 is read (and
 * said so) or named, never shown garbled without a word.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, panel, tableReport } from '../app';
import { uploadCsv, utf16 } from './data-scale-helpers';

const notes = (page: Page, file: string) =>
  page.getByRole('list', { name: `Notes on reading ${file}` });

/** Twelve rows (a table needs ten) with umlauts and ß in the header and the cells. */
const GERMAN =
  'größe,farbe,preis\n' +
  Array.from(
    { length: 12 },
    (_, i) => `${i + 0.5},${['grün', 'blau', 'weiß'][i % 3]},${i * 2}`,
  ).join('\n') +
  '\n';

const previewHeaders = (page: Page, file: string) =>
  page.getByRole('table', { name: `First rows of ${file}` }).getByRole('columnheader');

test('non-finite numbers are named with their rows and treated as missing', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  const rows = ['x,y,label', '1,2,a', 'NaN,3,b', '2,Infinity,a', '-inf,4,b', '1e999,5,a', '3,6,b'];
  for (let i = 0; i < 10; i++) rows.push(`${i},${i * 2},${i % 2 ? 'a' : 'b'}`);
  await uploadCsv(page, 'inf.csv', Buffer.from(rows.join('\n') + '\n'));

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(notes(page, 'inf.csv').getByRole('listitem')).toHaveText([
    'Column “x”: 3 non-finite values (NaN or infinite), rows 3, 5, 6 — treated as missing.',
    'Column “y”: 1 non-finite value (NaN or infinite), row 4 — treated as missing.',
  ]);
  // Both stay numbers (not categories), and the rows with them are dropped as missing.
  await expect(previewHeaders(page, 'inf.csv')).toHaveText([/^x ?number/, /^y ?number/, /^label/]);
  await expect(tableReport(page)).toContainText('Using 12 rows of 16');
  await expect(tableReport(page)).toContainText('4 rows with missing values dropped');
});

test('a UTF-16 little-endian file with a byte order mark is read', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await uploadCsv(page, 'utf16le.csv', utf16(GERMAN, true));

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(previewHeaders(page, 'utf16le.csv')).toHaveText([/^größe/, /^farbe/, /^preis/]);
  await expect(notes(page, 'utf16le.csv')).toHaveText('Read as UTF-16 (little-endian) text.');
});

test('a UTF-16 big-endian file with a byte order mark is read', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await uploadCsv(page, 'utf16be.csv', utf16(GERMAN, false));

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(previewHeaders(page, 'utf16be.csv')).toHaveText([/^größe/, /^farbe/, /^preis/]);
  await expect(page.getByRole('cell', { name: 'grün' }).first()).toBeVisible();
});

test('a Windows-1252 (Latin-1) file is read, with a note saying so', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await uploadCsv(page, 'latin1.csv', Buffer.from(GERMAN, 'latin1'));

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(previewHeaders(page, 'latin1.csv')).toHaveText([/^größe/, /^farbe/, /^preis/]);
  await expect(page.getByRole('cell', { name: 'weiß' }).first()).toBeVisible();
  await expect(notes(page, 'latin1.csv')).toContainText(
    'The file is not UTF-8 text, so it was read as Windows-1252 (Latin-1).',
  );
});

test('UTF-16 without a byte order mark is named, and the current data stays', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await page.getByLabel('Dataset').selectOption('xor');
  await uploadCsv(page, 'nobom.csv', Buffer.from(GERMAN, 'utf16le'));

  await expect(panel(page, 'Data').getByRole('alert')).toContainText(
    'nobom.csv looks like UTF-16 text without a byte order mark',
  );
  await expect(page.getByLabel('Dataset')).toHaveValue('xor');
});

/** A CSV of just over 1 MB whose one “grün” has its “ü” split by the 1 MB mark (byte 1,048,576). */
function splitCharacterCsv(): Buffer {
  const mark = 1024 * 1024;
  const lines = ['x,colour'];
  let bytes = lines[0]!.length + 1;
  for (let i = 0; bytes < mark - 200; i++) {
    const line = `${i % 100},blau`;
    lines.push(line);
    bytes += line.length + 1;
  }
  // Leading zeros pad the last filler row so the “ü” (two bytes) starts one byte before the mark.
  const before = mark - 1 - bytes - '7,gr'.length;
  lines.push(`${'0'.repeat(before - ',blau\n'.length)},blau`, '7,grün', '8,blau');
  const csv = Buffer.from(lines.join('\n') + '\n');
  if (csv.indexOf('ü') !== mark - 1) throw new Error(`ü at ${csv.indexOf('ü')}`);
  return csv;
}

test('a character whose bytes straddle the 1 MB mark is read whole', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  await uploadCsv(page, 'split.csv', splitCharacterCsv());

  await expect(page.getByLabel('Dataset')).toHaveValue('csv');
  await expect(page.getByLabel('Class mapping')).toHaveText('Classes: blau → 0, grün → 1');
});
