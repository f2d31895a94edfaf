/**
 * Training controls: optimizers and learning rate, live
 * learning-rate changes, pause / step / resume, divergence and early stopping.
 */
import { expect, test } from '@playwright/test';
import {
  Playground,
  chart,
  epochValue,
  openFold,
  panel,
  prediction,
  progressLine,
  runRow,
} from './app';

test('another optimizer and learning rate train and lower the loss', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await openFold(page, 'Optimizer:');
  await page.getByLabel('Optimizer').selectOption('momentum');
  await expect(page.getByLabel('Momentum')).toHaveValue('0.9');
  await page.getByLabel('Nesterov').check();
  await app.configureSmallRun({ epochs: 8, samples: 200, lr: 0.1 });
  await app.trainToCompletion(8);
  expect(await app.number('Loss')).toBeLessThan(await app.number('First-epoch loss'));
});

test('the learning rate changes mid-run without a reset', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 400, samples: 200, lr: 0.01 });
  await app.trainButton().click();
  await expect(progressLine(page)).toHaveText(/ · learning rate 0\.01( ·|$)/);
  const epochBefore = await page.getByTestId('loss-chart').getAttribute('data-points');
  await app.setNumber('Learning rate', 0.002);
  await expect(progressLine(page)).toHaveText(/ · learning rate 0\.002( ·|$)/);
  // The learning-rate chart shows the change as a second level.
  await expect(chart(page, 'Learning rate').getByRole('status')).toContainText('0.002');
  await expect
    .poll(async () => Number(await page.getByTestId('lr-chart').getAttribute('data-drawn')))
    .toBeGreaterThanOrEqual(3);
  // Same run, same model: the epoch count kept growing, nothing was reset.
  await expect(app.state()).toHaveText('State: training');
  expect(
    Number(await page.getByTestId('loss-chart').getAttribute('data-points')),
  ).toBeGreaterThanOrEqual(Number(epochBefore));
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(app.state()).toHaveText('State: done');
});

test('pause, step one batch, step one epoch, resume', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 400, samples: 400, batch: 8 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(app.state()).toHaveText('State: paused');
  const progress = progressLine(page);
  const read = async () => {
    const m = /Epoch (\d+)\/\d+ · batch (\d+)\/(\d+)/.exec(await progress.innerText());
    if (!m) throw new Error('no progress');
    return { epoch: Number(m[1]), batch: Number(m[2]), per: Number(m[3]) };
  };
  const before = await read();
  await page.getByRole('button', { name: 'Step batch' }).click();
  await expect
    .poll(read)
    .toEqual(
      before.batch === before.per
        ? { epoch: before.epoch + 1, batch: 1, per: before.per }
        : { ...before, batch: before.batch + 1 },
    );
  await expect(app.state()).toHaveText('State: paused');
  const epochs = Number(await page.getByTestId('loss-chart').getAttribute('data-points'));
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', String(epochs + 1));
  await expect(app.state()).toHaveText('State: paused');
  // Space resumes.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(' ');
  await expect(app.state()).toHaveText('State: training');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(app.state()).toHaveText('State: done');
});

test('a learning rate of 100 diverges, stops and says why', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page.getByLabel('Dataset').selectOption('xor');
  // ReLU units are unbounded, so a huge step makes activations (and the loss) blow up.
  await page
    .getByRole('group', { name: 'Presets' })
    .getByRole('button', { name: 'Deep MLP' })
    .click();
  await openFold(page, 'Optimizer:');
  await page.getByLabel('Optimizer').selectOption('sgd');
  await app.configureSmallRun({ epochs: 50, samples: 200, lr: 100 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: error');
  const error = panel(page, 'Train').getByRole('alert');
  await expect(error).toContainText('The loss became NaN or infinite');
  await expect(error).toContainText('The learning rate (100) is probably too high');
  // The last good weights are still there to predict with.
  await expect(prediction(page)).toBeVisible();
});

test('early stopping ends a run before its epoch budget', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page.getByLabel('Dataset').selectOption('gaussians');
  await app.configureSmallRun({ epochs: 300, samples: 200, lr: 0.1 });
  await openFold(page, 'Ending early:');
  await page.getByLabel('Stop when the validation loss stops improving').check();
  await app.setNumber('Patience (epochs)', 2);
  await app.setNumber('Min. improvement', 0.01);
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  const said = panel(page, 'Train').getByText(
    /^Early stopping: the validation loss stopped improving/,
  );
  await expect(said).toBeVisible();
  expect(await app.number('Epoch')).toBeLessThan(300);
  // The weights went back to the best epoch: the results say which, with its numbers.
  const best = /restored to the best epoch, (\d+)\./.exec(await said.innerText())?.[1];
  expect(best).toBeDefined();
  const summary = panel(page, 'Results').getByText(/^The model holds the weights of epoch/);
  await expect(summary).toHaveText(
    new RegExp(
      `^The model holds the weights of epoch ${best}, its best \\(val loss \\d\\.\\d+, val accuracy \\d+\\.\\d%\\): early stopping put them back\\.$`,
    ),
  );
  // The runs table's final number is the model's, the kept epoch's, and says so.
  const keptAcc = /val accuracy (\d+\.\d%)/.exec(await summary.innerText())?.[1];
  const keptTitle = /^Early stopping put back the weights of epoch/;
  await expect(runRow(page, 'Run 1').getByTitle(keptTitle)).toHaveText(`epoch ${best}`);
  await expect(
    runRow(page, 'Run 1')
      .getByRole('cell')
      .filter({ has: page.getByTitle(keptTitle) }),
  ).toHaveText(`${keptAcc}epoch ${best}`);
});

test('training a changed network asks before discarding the trained weights', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  await page.getByRole('group', { name: 'Dense 1' }).getByLabel('Units').fill('4');
  await expect(app.trainButton()).toHaveText('Train');
  await app.trainButton().click();
  const dialog = page.getByRole('dialog', { name: 'Start a new model?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(epochValue(page, 'Epoch')).toHaveText('2');
  await app.trainButton().click();
  await dialog.getByRole('button', { name: 'Train new model' }).click();
  await expect(app.state()).toHaveText('State: done');
  await expect(epochValue(page, 'Epoch')).toHaveText('2');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '2');
});
