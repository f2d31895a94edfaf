/**
 * The README's screenshot, made from the real app: the default dataset
 * trained with the app's defaults on the backend Auto picks (seeded data and
 * weights, so each run draws nearly the same picture), written to
 * docs/screenshot.png.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Playground, epochValue } from './app';

/** The app's default epoch count. */
const EPOCHS = 50;
const FILE = 'docs/screenshot.png';

test.use({ viewport: { width: 1440, height: 900 } });

test('the README screenshot shows the default dataset trained with the defaults', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open();
  await expect(page.getByLabel('Epochs')).toHaveValue(String(EPOCHS));
  await app.trainToCompletion(EPOCHS);
  await expect(epochValue(page, 'Loss')).toHaveText(/^\d/);
  // No focus ring or hover left on the button just pressed.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: FILE, animations: 'disabled' });
  const png = await readFile(FILE);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 900]);
});
