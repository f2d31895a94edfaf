/**
 * The network editor: any sequential stack, edited by mouse and keyboard,
 * with live shapes, messages for invalid stacks, presets and undo / redo.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, layerCards, totalParams, trainBlocked } from './app';

const cards = (page: Page) => layerCards(page);
const labels = async (page: Page) =>
  (await cards(page).locator('strong').allInnerTexts()).map((t) => t.trim());

test('add anywhere, reorder by keyboard and drag, duplicate, remove, undo and redo', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open();
  await expect(cards(page)).toHaveCount(2);

  // Insert a Dropout after Dense 1.
  await page.getByLabel('New layer').selectOption('dropout');
  await page.getByLabel('Position').selectOption({ label: 'after Dense 1' });
  await page.getByRole('button', { name: '+ Add layer' }).click();
  expect(await labels(page)).toEqual(['Dense 1', 'Dropout 1', 'Dense 2']);

  // Keyboard reorder: move the dropout down, then back up.
  await page.getByRole('button', { name: 'Move Dropout 1 down' }).click();
  expect(await labels(page)).toEqual(['Dense 1', 'Dense 2', 'Dropout 1']);
  await page.getByRole('button', { name: 'Move Dropout 1 up' }).focus();
  await page.keyboard.press('Enter');
  expect(await labels(page)).toEqual(['Dense 1', 'Dropout 1', 'Dense 2']);

  // Drag and drop: the dropout onto the first card.
  await cards(page).nth(1).locator('.drag-handle').dragTo(cards(page).nth(0));
  expect(await labels(page)).toEqual(['Dropout 1', 'Dense 1', 'Dense 2']);

  // Duplicate keeps the settings.
  await page.getByRole('group', { name: 'Dense 1' }).getByLabel('Units').fill('5');
  await page.getByRole('button', { name: 'Duplicate Dense 1' }).click();
  expect(await labels(page)).toEqual(['Dropout 1', 'Dense 1', 'Dense 2', 'Dense 3']);
  await expect(page.getByRole('group', { name: 'Dense 2' }).getByLabel('Units')).toHaveValue('5');
  // 2·5+5 + 5·5+5 + 5·32+32 + 32·2+2 = 303
  await expect(totalParams(page)).toHaveText('303');

  await page.getByRole('button', { name: 'Remove Dropout 1' }).click();
  expect(await labels(page)).toEqual(['Dense 1', 'Dense 2', 'Dense 3']);

  // Undo brings the dropout back, redo removes it again (buttons and keys).
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await labels(page)).toEqual(['Dropout 1', 'Dense 1', 'Dense 2', 'Dense 3']);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+Z');
  expect(await labels(page)).toEqual(['Dense 1', 'Dense 2', 'Dense 3']);
  await page.keyboard.press('Control+Z');
  expect(await labels(page)).toEqual(['Dropout 1', 'Dense 1', 'Dense 2', 'Dense 3']);
});

test('an invalid stack is flagged on its layer and blocks training; undo restores it', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  const dense2 = page.getByRole('group', { name: 'Dense 2' });
  await dense2.getByLabel('Units').fill('0');
  await expect(dense2.getByRole('alert')).toHaveText(
    'Dense 2: Units must be a whole number from 1 to 4096.',
  );
  await expect(app.trainButton()).toBeDisabled();
  await expect(trainBlocked(page)).toHaveText(
    'Can’t train yet: Dense 2: Units must be a whole number from 1 to 4096.',
  );
  // A setting out of range is fixed in its field: no one-click fix is offered.
  await expect(trainBlocked(page).getByRole('button')).toHaveCount(0);
  await expect(totalParams(page)).toHaveText('—');

  // A convolution cannot follow flat 2-D input.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Z');
  await expect(app.trainButton()).toBeEnabled();
  await page.getByLabel('New layer').selectOption('conv2d');
  await page.getByRole('button', { name: '+ Add layer' }).click();
  await expect(page.getByRole('group', { name: 'Conv2D 1' }).getByRole('alert')).toContainText(
    'Conv2D 1 needs image input [height, width, channels], but gets the flat [32].',
  );
  await expect(app.trainButton()).toBeDisabled();
  // The shapes don't fit: the dataset's own network is one click away.
  await expect(trainBlocked(page).getByRole('button', { name: 'Use the ReLU MLP' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(app.trainButton()).toBeEnabled();
  // 2·32+32 + 32·32+32 + 32·2+2 = 1,218
  await expect(totalParams(page)).toHaveText('1,218');

  // Dropout rate outside [0, 1).
  await page.getByLabel('New layer').selectOption('dropout');
  await page.getByRole('button', { name: '+ Add layer' }).click();
  await page.getByRole('group', { name: 'Dropout 1' }).getByLabel('Rate').fill('1');
  await expect(page.getByRole('group', { name: 'Dropout 1' }).getByRole('alert')).toHaveText(
    'Dropout 1: Rate must be a number from 0 to below 1.',
  );
  await expect(app.trainButton()).toBeDisabled();
});

test('presets replace the stack in one click and stay editable', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  const presets = page.getByRole('group', { name: 'Presets' });
  await expect(presets.getByRole('button', { name: 'LeNet-style CNN' })).toHaveCount(0);
  await presets.getByRole('button', { name: 'Dropout MLP' }).click();
  expect(await labels(page)).toEqual(['Dense 1', 'Dropout 1', 'Dense 2', 'Dropout 2']);
  // 2·64+64 + 64·64+64 + 64·2+2 = 4,482
  await expect(totalParams(page)).toHaveText('4,482');
  await page.getByRole('group', { name: 'Dense 2' }).getByLabel('Units').fill('32');
  await expect(totalParams(page)).toHaveText('2,338');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(totalParams(page)).toHaveText('4,482');
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await labels(page)).toEqual(['Dense 1', 'Dense 2']);
});
