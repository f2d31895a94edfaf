/**
 * The page's layout: the workbench (data, network, training, results) on one
 * screen while a run goes, the panels in the order of the work, settings
 * folded into groups that say their values, and one column with touch on a
 * phone.
 */
import { expect, test } from '@playwright/test';
import { Playground, chart, inputShape, layerCards, panel, progressLine } from './app';
import { box, touchStroke } from './layout-helpers';

const IN_ORDER = [
  '1 · Data',
  '2 · Network',
  '3 · Train',
  '4 · Results',
  '5 · Inside the network',
  '6 · Evaluate',
  '7 · Predict',
  '8 · Models',
  '9 · Runs',
];

test('at 1280 × 720 the training controls, the progress, the loss and accuracy charts and the boundary are all on screen while training', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.setNumber('Epochs', 2000);
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  const onScreen = [
    page.getByRole('button', { name: 'Pause' }),
    page.getByRole('button', { name: 'Stop' }),
    page.getByRole('spinbutton', { name: 'Learning rate', exact: true }),
    progressLine(page),
    chart(page, 'Loss'),
    chart(page, 'Accuracy'),
    page.getByRole('img', { name: /^Decision boundary/ }),
  ];
  for (const el of onScreen) await expect(el).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Side by side, left to right in the order of the work.
  const lefts: number[] = [];
  for (const title of ['Data', 'Network', 'Train', 'Results'])
    lefts.push((await box(panel(page, title))).x);
  expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  expect(new Set(lefts).size).toBe(4);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(app.state()).not.toHaveText('State: training');
});

test('the panels are named once each, numbered in the order of the work', async ({ page }) => {
  await new Playground(page).open('?backend=cpu');
  const titles = await page
    .getByRole('heading', { level: 2 })
    .filter({ hasText: /^\d · / })
    .allInnerTexts();
  expect(titles).toEqual(IN_ORDER);
  for (const title of IN_ORDER) {
    await expect(page.getByRole('region', { name: title, exact: true })).toHaveCount(1);
  }
});

test('a folded settings group says its values, opens to its fields, and is still open after a reload', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  const optimizer = page.getByRole('button', { name: /^Optimizer: / });
  await expect(optimizer).toHaveText('Optimizer: Adam, loss Categorical cross-entropy');
  await expect(optimizer).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Optimizer')).toBeHidden();
  await optimizer.click();
  await expect(optimizer).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Optimizer').selectOption('sgd');
  await expect(optimizer).toHaveText('Optimizer: SGD, loss Categorical cross-entropy');

  const stopping = page.getByRole('button', { name: /^Ending early: / });
  await expect(stopping).toHaveText('Ending early: off, no clipping');
  await stopping.click();
  await page.getByLabel('Stop when the validation loss stops improving').check();
  await app.setNumber('Patience (epochs)', 7);
  await expect(stopping).toHaveText('Ending early: patience 7, no clipping');
  await stopping.click();
  await expect(stopping).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Patience (epochs)')).toBeHidden();

  await page.reload();
  await expect(page.getByRole('button', { name: /^Optimizer: / })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByLabel('Optimizer')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Ending early: / })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the panels stack in one column; touch adds a layer, trains, and draws a digit that gets a prediction', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const app = new Playground(page);
    await app.open('?backend=cpu');
    await page.getByLabel('Dataset').selectOption('mnist');
    await expect(inputShape(page)).toHaveText('Input [batch, 28, 28, 1]');
    await app.setNumber('Samples', 100);
    // The digits start with a small network that flattens the image first.
    await expect(page.getByRole('group', { name: 'Flatten 1' })).toBeVisible();

    const data = await box(panel(page, 'Data'));
    const network = await box(panel(page, 'Network'));
    expect(network.x).toBe(data.x);
    expect(network.y).toBeGreaterThanOrEqual(data.y + data.height);
    expect(data.x + data.width).toBeLessThanOrEqual(390);

    const layers = await layerCards(page).count();
    await page.getByRole('button', { name: '+ Add layer' }).tap();
    await expect(layerCards(page)).toHaveCount(layers + 1);

    await app.setNumber('Epochs', 1);
    await app.setNumber('Batch size', 32);
    await app.trainButton().tap();
    await expect(app.state()).toHaveText('State: done', { timeout: 60_000 });

    const canvas = page.getByRole('img', { name: 'Drawing area for a digit' });
    await expect(canvas).toHaveAttribute('data-ink', 'no');
    await canvas.scrollIntoViewIfNeeded();
    // Where the canvas sits on the screen: views finishing their redraw above it
    // may still move the page's content, which scroll anchoring keeps in place.
    const onScreen = async () => (await canvas.boundingBox())?.y ?? NaN;
    const at = await onScreen();
    // A "7", drawn with a finger: the page must not scroll under it.
    await touchStroke(page, canvas, [
      [0.25, 0.2],
      [0.75, 0.2],
      [0.45, 0.85],
    ]);
    await expect(canvas).toHaveAttribute('data-ink', 'yes');
    expect(Math.abs((await onScreen()) - at)).toBeLessThan(1);
    const list = page.getByRole('list', { name: 'Digit probabilities' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    await expect(page.getByText(/^Looks like [0-9] \(\d+\.\d%\)$/)).toBeVisible();
  });
});
