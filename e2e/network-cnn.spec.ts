/**
 * A convolutional network for the digits, built by hand in the editor, then
 * trained for one epoch on WebGL.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground, inputShape, layerCards, layerShape, totalParams, trainBlocked } from './app';

const cards = (page: Page) => layerCards(page);
const labels = async (page: Page) =>
  (await cards(page).locator('strong').allInnerTexts()).map((t) => t.trim());

async function add(page: Page, kind: string, position?: string) {
  await page.getByLabel('New layer').selectOption(kind);
  if (position) await page.getByLabel('Position').selectOption({ label: position });
  await page.getByRole('button', { name: '+ Add layer' }).click();
}

test('build a CNN for digits by hand, see the counts follow, train one epoch', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=webgl');
  await app.expectWebGL();
  await page.getByLabel('Dataset').selectOption('mnist');
  await expect(inputShape(page)).toHaveText('Input [batch, 28, 28, 1]');
  await app.setNumber('Samples', 200);

  // Picking the digits brought a network that takes images: Flatten, then dense layers.
  expect(await labels(page)).toEqual(['Flatten 1', 'Dense 1', 'Dense 2']);
  await expect(app.trainButton()).toBeEnabled();

  // Without the Flatten, the dense stack cannot take images; the fix is one click.
  await page.getByRole('button', { name: 'Remove Flatten 1' }).click();
  await expect(page.getByRole('group', { name: 'Dense 1' }).getByRole('alert')).toContainText(
    'Add a Flatten layer before it.',
  );
  await expect(app.trainButton()).toBeDisabled();
  await expect(trainBlocked(page)).toContainText('Can’t train yet: Dense 1');
  await trainBlocked(page).getByRole('button', { name: 'Add Flatten' }).click();
  expect(await labels(page)).toEqual(['Flatten 1', 'Dense 1', 'Dense 2']);
  await expect(app.trainButton()).toBeEnabled();

  // Replace it by hand: Conv2D → MaxPooling2D → Flatten → Dense.
  await page.getByRole('button', { name: 'Remove Dense 2' }).click();
  await page.getByRole('button', { name: 'Remove Dense 1' }).click();
  await page.getByRole('button', { name: 'Remove Flatten 1' }).click();
  await add(page, 'conv2d');
  await add(page, 'flatten');
  await add(page, 'maxPool2d', 'after Conv2D 1');
  await add(page, 'dense');
  expect(await labels(page)).toEqual(['Conv2D 1', 'MaxPooling2D 1', 'Flatten 1', 'Dense 1']);
  const conv = page.getByRole('group', { name: 'Conv2D 1' });
  await conv.getByLabel('Filters').fill('4');
  await expect(layerShape(conv)).toHaveText('[batch, 28, 28, 4]');
  await expect(layerShape(page.getByRole('group', { name: 'Flatten 1' }))).toHaveText(
    '[batch, 784]',
  );
  // conv 3·3·1·4+4 = 40; dense 784·16+16 = 12,560; output 16·10+10 = 170
  await expect(totalParams(page)).toHaveText('12,770');

  // Reorder: Flatten above the pooling is invalid (pooling needs an image), and says so.
  await page.getByRole('button', { name: 'Move Flatten 1 up' }).click();
  await expect(
    page.getByRole('group', { name: 'MaxPooling2D 1' }).getByRole('alert'),
  ).toContainText(
    'MaxPooling2D 1 needs image input [height, width, channels], but gets the flat [3136].',
  );
  await expect(app.trainButton()).toBeDisabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await labels(page)).toEqual(['Conv2D 1', 'MaxPooling2D 1', 'Flatten 1', 'Dense 1']);
  await expect(totalParams(page)).toHaveText('12,770');

  // Strided convolution shrinks everything after it.
  await conv.getByLabel('Stride').fill('2');
  await expect(layerShape(conv)).toHaveText('[batch, 14, 14, 4]');
  // dense 196·16+16 = 3,152
  await expect(totalParams(page)).toHaveText('3,362');

  await app.setNumber('Epochs', 1);
  await app.setNumber('Batch size', 32);
  await app.trainToCompletion(1);
  await app.expectWebGL();
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '1');
});
