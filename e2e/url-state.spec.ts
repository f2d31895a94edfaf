/**
 * Share and resume: the address bar carries the setup, a copied link opens
 * the same setup in another browser, a hostile link opens with a message
 * per bad field and the defaults in their place, and a reload (or a visit
 * without a link) finds the last setup.
 */
import { deflateSync, strToU8 } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { Playground, layerCards, openFold, startupNotice } from './app';

const lr = (page: Page) => page.getByRole('spinbutton', { name: 'Learning rate', exact: true });

/** What a shared setup shows: data, layer count, optimizer and rate. */
async function expectSetup(page: Page, layers: number): Promise<void> {
  await expect(page.getByLabel('Dataset')).toHaveValue('spiral');
  await expect(layerCards(page)).toHaveCount(layers);
  await expect(page.getByLabel('Optimizer')).toHaveValue('sgd');
  await expect(lr(page)).toHaveValue('0.07');
}

test('a copied link opens the same setup elsewhere, and a reload keeps it', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page.getByLabel('Dataset').selectOption('spiral');
  await openFold(page, 'Optimizer:');
  await page.getByLabel('Optimizer').selectOption('sgd');
  await app.setNumber('Learning rate', 0.07);
  const before = await layerCards(page).count();
  await page.getByRole('button', { name: '+ Add layer' }).click();
  await expect(layerCards(page)).toHaveCount(before + 1);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status', { name: 'Link', exact: true })).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link).toMatch(/\?backend=cpu#setup=[\w-]+$/);

  // Another browser, with nothing stored: the link alone carries the setup.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await new Playground(page2).open(link.slice(link.indexOf('/', 8) + 1));
  await expectSetup(page2, before + 1);
  await expect(startupNotice(page2)).toHaveCount(0);
  await page2.reload();
  await expectSetup(page2, before + 1);

  // Without a link, the last setup is restored; Start fresh goes back to the defaults.
  await new Playground(page2).open('?backend=cpu');
  await expect(startupNotice(page2)).toHaveText(/^Restored your last setup · Start fresh/);
  await expectSetup(page2, before + 1);
  await startupNotice(page2).getByRole('button', { name: 'Start fresh' }).click();
  await expect(page2.getByLabel('Dataset')).toHaveValue('circle');
  await expect(lr(page2)).toHaveValue('0.01');
  await expect(startupNotice(page2)).toHaveCount(0);
  await other.close();
});

/** A hand-made link, as the app would pack it. */
const packed = (payload: unknown) =>
  Buffer.from(deflateSync(strToU8(JSON.stringify(payload)))).toString('base64url');

test('a hostile link names each bad field, keeps the defaults there and still trains', async ({
  page,
}) => {
  const huge = {
    id: 'big',
    kind: 'dense',
    units: 1_000_000,
    activation: 'relu',
    init: 'heNormal',
    useBias: true,
    reg: 'none',
    regRate: 0.001,
  };
  const link = packed({
    v: 1,
    turbo: true,
    network: { layers: [huge], binaryHead: 'softmax' },
    training: { learningRate: -1, epochs: 2 },
  });
  const app = new Playground(page);
  await app.open(`?backend=cpu#setup=${link}`);
  const problems = startupNotice(page).getByRole('listitem');
  await expect(startupNotice(page)).toHaveAttribute('role', 'alert');
  await expect(problems).toHaveText([
    'Link: unknown field "turbo" ignored.',
    'Link: layer 1 has 1,000,000 units (at most 4,096); using the default network.',
    'Link: learning rate must be at least 0.000001; using 0.01.',
  ]);
  await expect(lr(page)).toHaveValue('0.01');
  await expect(layerCards(page)).toHaveCount(2);
  await expect(page.getByLabel('Epochs', { exact: true })).toHaveValue('2');

  await app.setNumber('Samples', 100);
  await app.trainToCompletion(2);
  await startupNotice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(startupNotice(page)).toHaveCount(0);
  // The address bar now carries the repaired setup: a reload opens it without complaint.
  await page.reload();
  await expect(lr(page)).toHaveValue('0.01');
  await expect(page.getByLabel('Samples', { exact: true })).toHaveValue('100');
  await expect(startupNotice(page)).toHaveCount(0);
});
