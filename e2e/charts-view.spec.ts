/**
 * The training charts as a reader uses them: per batch (smoothed over raw)
 * and per epoch, exact values on hover, the x-axis in steps, epochs or
 * time, a log y-axis, the smoothing slider, and the learning-rate chart.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Playground, chart, epochValue } from './app';

/** Hover the plot area of `figure` at `fraction` of its width; return the tooltip. */
async function hover(page: Page, figure: Locator, fraction: number): Promise<Locator> {
  const grid = figure.locator('.recharts-cartesian-grid');
  await figure.scrollIntoViewIfNeeded();
  const box = await grid.boundingBox();
  if (!box) throw new Error('The chart has no plot area.');
  await page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2);
  // The tooltip follows the mouse and has no name of its own: found by its test id.
  const tip = figure.getByTestId('chart-tooltip');
  await expect(tip).toBeVisible();
  return tip;
}

/** The number a tooltip shows for a series, e.g. "training loss (raw)". */
async function tooltipValue(tip: Locator, series: string): Promise<number> {
  const row = tip
    .locator('dl > div')
    .filter({ has: tip.page().getByText(series, { exact: true }) });
  const text = await row.locator('dd').innerText();
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

test('loss, accuracy and learning rate per batch and per epoch, with hover, axes and smoothing', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  // 120 training samples in batches of 16: 8 steps per epoch, 64 in all.
  await app.configureSmallRun({ epochs: 8, samples: 200, batch: 16, lr: 0.05 });
  await app.trainToCompletion(8);

  const loss = chart(page, 'Loss');
  // The plot's data-* attributes: how many epochs it holds and how many rows it draws.
  const lossData = page.getByTestId('loss-chart');
  await expect(loss).toBeVisible();
  await expect(chart(page, 'Accuracy')).toBeVisible();
  await expect(chart(page, 'Learning rate')).toBeVisible();
  await expect(lossData).toHaveAttribute('data-points', '8');

  // Per batch (the default): a row per step, the raw series faint behind the smoothed one.
  await expect(page.getByRole('radio', { name: 'Per batch' })).toBeChecked();
  await expect(lossData).toHaveAttribute('data-drawn', '64');
  await expect(loss.locator('path.recharts-curve')).toHaveCount(3);
  await expect(loss.locator('path.recharts-curve').first()).toHaveAttribute('d', /L/);
  let tip = await hover(page, loss, 0.5);
  await expect(tip).toContainText(/Step \d+ · epoch \d/);
  await expect(tip).toContainText('training loss (smoothed)');
  await expect(tip).toContainText('training loss (raw)');

  // Smoothing: at 0 the smoothed series is the raw one; near 1 it lags behind.
  const slider = page.getByRole('slider', { name: 'Smoothing' });
  const smoothedMinusRaw = async () => {
    const hovered = await hover(page, loss, 0.6);
    return (
      (await tooltipValue(hovered, 'training loss (smoothed)')) -
      (await tooltipValue(hovered, 'training loss (raw)'))
    );
  };
  await slider.focus();
  await page.keyboard.press('Home');
  const smoothing = page.getByRole('group', { name: 'Chart options' }).getByRole('status');
  await expect(smoothing).toHaveText('0.00');
  await expect.poll(smoothedMinusRaw).toBe(0);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(smoothing).toHaveText('0.99');
  await expect.poll(smoothedMinusRaw).not.toBe(0);

  // Per epoch: one row per epoch; hovering the last shows the summary's numbers exactly.
  await page.getByRole('radio', { name: 'Per epoch' }).check();
  await expect(lossData).toHaveAttribute('data-drawn', '8');
  await expect(slider).toBeDisabled();
  tip = await hover(page, loss, 0.999);
  await expect(tip).toContainText(/^Epoch 8 · step 64 · /);
  expect(await tooltipValue(tip, 'training loss')).toBeCloseTo(await app.number('Loss'), 4);
  expect(await tooltipValue(tip, 'validation loss')).toBeCloseTo(await app.number('Val loss'), 4);
  const accuracy = chart(page, 'Accuracy');
  const accTip = await hover(page, accuracy, 0.999);
  const lastValAcc = Number((await epochValue(page, 'Val accuracy').innerText()).replace('%', ''));
  expect((await tooltipValue(accTip, 'validation accuracy')) * 100).toBeCloseTo(lastValAcc, 1);

  // From the keyboard: End reads the last point, the arrows step, Escape hides the
  // reading; the other charts read the same point.
  await page.mouse.move(0, 0);
  const lossPlot = loss.getByRole('group', { name: /^Loss: .*arrow keys/ });
  await lossPlot.focus();
  await page.keyboard.press('End');
  await expect(loss.getByTestId('chart-tooltip')).toContainText(/^Epoch 8 · /);
  await expect(accuracy.getByTestId('chart-tooltip')).toContainText(/^Epoch 8 · /);
  await page.keyboard.press('ArrowLeft');
  await expect(loss.getByTestId('chart-tooltip')).toContainText(/^Epoch 7 · /);
  await expect(accuracy.getByTestId('chart-tooltip')).toContainText(/^Epoch 7 · /);
  await page.keyboard.press('Escape');
  await expect(loss.getByTestId('chart-tooltip')).toHaveCount(0);
  await expect(accuracy.getByTestId('chart-tooltip')).toHaveCount(0);

  // The x-axis in time, then epochs.
  const xAxis = page.getByLabel('X axis');
  await xAxis.selectOption({ label: 'Time' });
  const xLabel = loss.locator('.recharts-label');
  await expect(xLabel).toHaveText('training time');
  await expect(loss.locator('.recharts-xAxis-tick-labels text').last()).toHaveText(/\d s$/);
  await xAxis.selectOption({ label: 'Epochs' });
  await expect(xLabel).toHaveText('epoch');
  await expect(loss.locator('.recharts-xAxis-tick-labels text').last()).toHaveText('8');

  // A log y-axis redraws the same points differently.
  const curve = loss.locator('path.recharts-curve').first();
  const linear = await curve.getAttribute('d');
  await page.getByRole('checkbox', { name: 'Log y-axis' }).check();
  await expect(curve).not.toHaveAttribute('d', linear!);

  // The learning rate over the run, and its current value.
  const lr = chart(page, 'Learning rate');
  await expect(lr.getByRole('status')).toHaveText('0.05');
  await expect(lr.locator('path.recharts-curve')).toHaveCount(1);
  const lrTip = await hover(page, lr, 0.5);
  expect(await tooltipValue(lrTip, 'learning rate')).toBe(0.05);
});

test('a legend that wraps onto two lines takes its room from the plot, not over it', async ({
  page,
}) => {
  // Narrow enough that "training accuracy (smoothed)" and "validation accuracy" need two lines.
  await page.setViewportSize({ width: 1100, height: 900 });
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 2, samples: 200 });
  const accuracy = chart(page, 'Accuracy');
  const plotBox = () => accuracy.locator('.chart-plot').boundingBox();
  const before = await plotBox();
  await app.trainToCompletion(2);
  const legend = accuracy.getByRole('list');
  await expect(legend.getByRole('listitem')).toHaveText([
    'training accuracy (smoothed)',
    'validation accuracy',
  ]);
  const items = await legend
    .getByRole('listitem')
    .evaluateAll((li) => li.map((el) => el.getBoundingClientRect().top));
  expect(new Set(items).size).toBe(2);
  // Where the names end, not the list's own box: a list of fixed height lets them spill.
  const legendBottom = Math.max(
    ...(await legend
      .getByRole('listitem')
      .evaluateAll((li) => li.map((el) => el.getBoundingClientRect().bottom))),
  );
  await expect.poll(async () => (await plotBox())!.y).toBeGreaterThanOrEqual(legendBottom);
  // The chart keeps its place on the page: the plot is shorter by the second line.
  const after = (await plotBox())!;
  expect(after.y + after.height).toBeCloseTo(before!.y + before!.height, 0);
});
