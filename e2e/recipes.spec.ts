/**
 * Starting points: picking data brings a network and settings that learn
 * it, unless the user has made them their own; presets bring their own
 * hyperparameters; a network that cannot take the data is one click from
 * one that can.
 */
import { expect, test } from '@playwright/test';
import { Playground, layerCards, openFold, setupNotice } from './app';

test('picked data sets the network up, or offers to once the user has edited', async ({ page }) => {
  const app = new Playground(page);
  await app.open();
  const lr = page.getByRole('spinbutton', { name: 'Learning rate', exact: true });
  await expect(lr).toHaveValue('0.01');

  // Untouched: picking the checkerboard takes its recipe, and Undo brings the old network back.
  await page.getByLabel('Dataset').selectOption('checkerboard');
  await expect(setupNotice(page)).toContainText(
    'Set up for Checkerboard: Deep MLP, Adam at 0.005, batch 16, 200 epochs.',
  );
  await expect(layerCards(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(layerCards(page)).toHaveCount(2);

  // Edited: the user's choices stay, and the recipe is offered instead.
  await app.setNumber('Learning rate', 0.002);
  await page.getByLabel('Dataset').selectOption('spiral');
  await expect(setupNotice(page)).toHaveCount(0);
  await expect(page.getByText(/^Your network and settings were kept\./)).toContainText(
    'Your network and settings were kept. For Spiral the playground starts with ReLU MLP, Adam at 0.01, batch 16, 100 epochs.',
  );
  await expect(lr).toHaveValue('0.002');
  await page.getByRole('button', { name: 'Use the recommended setup' }).click();
  await expect(setupNotice(page)).toContainText('Set up for Spiral');
  await expect(lr).toHaveValue('0.01');
  await expect(page.getByLabel('Epochs', { exact: true })).toHaveValue('100');

  // Another optimizer takes the rate the starting point was tuned with for it.
  await openFold(page, 'Optimizer:');
  await page.getByLabel('Optimizer').selectOption('sgd');
  await expect(lr).toHaveValue('0.1');
  await page
    .getByRole('group', { name: 'Presets' })
    .getByRole('button', { name: 'Deep MLP' })
    .click();
  await expect(lr).toHaveValue('0.05');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(setupNotice(page)).toHaveCount(0);
});
