/**
 * Runs kept and compared: two runs with different optimizers land in the
 * table and in one comparison chart, a run's settings come back with one
 * click, and a learning-rate sweep ends with its runs compared and the
 * best one marked.
 */
import { expect, test, type Locator } from '@playwright/test';
import {
  openFold,
  Playground,
  comparison,
  comparisonLegend,
  epochValue,
  panel,
  runRow,
  runsTable,
  sweepForm,
} from './app';

test('two runs compared, one restored, then a three-value sweep', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 3, samples: 200, batch: 32 });
  await openFold(page, 'Optimizer:');
  const optimizer = page.getByRole('combobox', { name: 'Optimizer', exact: true });
  await expect(optimizer).toHaveValue('adam');
  await app.trainToCompletion(3);

  // A second run with another optimizer, as a new model.
  await app.reset();
  await openFold(page, 'Optimizer:');
  await optimizer.selectOption('momentum');
  await app.setNumber('Learning rate', 0.1);
  await app.trainToCompletion(3);

  const runs = panel(page, 'Runs');
  await expect(runsTable(page).getByRole('row')).toHaveCount(3); // the header and two runs
  await expect(runRow(page, 'Run 1')).toContainText('Adam');
  await expect(runRow(page, 'Run 2')).toContainText('SGD with momentum');
  // Only what differs gets a column: the optimizer and the learning rate, not the epochs.
  await expect(runsTable(page).getByRole('columnheader', { name: 'Optimizer' })).toBeVisible();
  await expect(runsTable(page).getByRole('columnheader', { name: 'Epochs' })).toHaveCount(0);
  // A column of numbers reads down one edge: its header ends where its values do.
  const durationHeader = runsTable(page).getByRole('columnheader', { name: 'Duration' });
  const rightOf = (el: Locator) =>
    el.evaluate((e) => {
      const inner = e.querySelector('button') ?? e;
      const range = document.createRange();
      range.selectNodeContents(inner);
      return range.getBoundingClientRect().right;
    });
  const durationCell = runRow(page, 'Run 1').getByRole('cell').filter({ hasText: / s$/ });
  expect(Math.abs((await rightOf(durationHeader)) - (await rightOf(durationCell)))).toBeLessThan(2);

  // Both are compared, the legend naming what sets them apart.
  await expect(
    runRow(page, 'Run 1').getByRole('checkbox', { name: 'Compare Run 1' }),
  ).toBeChecked();
  await expect(
    runRow(page, 'Run 2').getByRole('checkbox', { name: 'Compare Run 2' }),
  ).toBeChecked();
  await expect(comparisonLegend(page)).toHaveText([
    'Run 2 · SGD with momentum lr=0.1',
    'Run 1 · Adam lr=0.05',
  ]);
  await expect(comparison(page).getByTestId('comparison-plot')).toHaveAttribute('data-runs', '2');

  // Sorting by a header says so to assistive tech.
  const runHeader = runsTable(page).getByRole('columnheader', { name: /^Run/ });
  await runHeader.getByRole('button').click();
  await expect(runHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(runsTable(page).getByRole('row').nth(1)).toContainText('Run 1');

  // The first run's settings come back.
  await runs.getByRole('button', { name: 'Restore settings of Run 1' }).click();
  await expect(runs.getByTestId('runs-message')).toHaveText(
    'Restored Run 1’s settings: change one thing and train again.',
  );
  await expect(optimizer).toHaveValue('adam');

  // A learning-rate sweep: three new runs, compared, the best marked.
  const sweep = sweepForm(page);
  await sweep.getByRole('combobox', { name: 'Vary' }).selectOption('learningRate');
  await sweep.getByRole('textbox', { name: 'Values' }).fill('0.01, fast');
  await sweep.getByRole('button', { name: 'Run sweep' }).click();
  await expect(sweep.getByRole('alert')).toHaveText('Learning rate: “fast” is not a number.');
  await sweep.getByRole('textbox', { name: 'Values' }).fill('0.003, 0.03, 0.3');
  await sweep.getByRole('button', { name: 'Run sweep' }).click();
  await expect(sweep.getByRole('status', { name: 'Sweep progress' })).toContainText(/^Run \d of 3/);
  await expect(sweep.getByTestId('sweep-message')).toHaveText(
    'Sweep done: 3 of 3 runs trained; your settings are back.',
    { timeout: 120_000 },
  );
  await expect(runsTable(page).getByRole('row')).toHaveCount(6);
  await expect(comparisonLegend(page)).toHaveCount(3);
  await expect(comparisonLegend(page)).toContainText(['lr=0.3', 'lr=0.03', 'lr=0.003']);
  await expect(
    runsTable(page)
      .getByRole('row')
      .filter({ has: page.getByTitle('Best run of the sweep') }),
  ).toHaveCount(1);
  await expect(runs.getByRole('table', { name: /^Sweep result/ }).getByRole('row')).toHaveCount(4);
  // Hovering the chart shows every compared run's value there.
  await comparison(page)
    .getByTestId('comparison-plot')
    .hover({ position: { x: 450, y: 140 } });
  const tooltip = page.getByTestId('comparison-tooltip');
  await expect(tooltip.getByRole('term')).toHaveText([/lr=0\.3$/, /lr=0\.03$/, /lr=0\.003$/]);
  await expect(tooltip.getByRole('definition').first()).toHaveText(/^train [\d.]+ · val [\d.]+$/);

  // Its options have names of their own: the training charts' controls stay unique on the page.
  await expect(page.getByRole('slider', { name: 'Smoothing' })).toHaveCount(1);
  await expect(page.getByLabel('X axis')).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: 'Log y-axis' })).toHaveCount(1);
  await comparison(page).getByLabel('Horizontal axis').selectOption('step');
  await comparison(page).getByRole('checkbox', { name: 'Log scale' }).check();
  await expect(comparison(page).getByRole('slider', { name: 'Smooth curves' })).toBeEnabled();
  await expect(comparison(page).getByTestId('comparison-plot')).toHaveAttribute('data-runs', '3');
  // The user's own settings are back after the sweep.
  await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveValue(
    '0.05',
  );
});

test('a run renamed in place, filtered, deleted, brought back and continued', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 2, samples: 100, batch: 50 });
  await app.trainToCompletion(2);
  const runs = panel(page, 'Runs');
  await expect(runs.getByLabel('Space used by runs')).toHaveText(/^1 run · [\d.]+ KB of 200 runs$/);

  // Escape leaves the name as it was; an empty name is refused with the reason.
  await runs.getByRole('button', { name: 'Rename Run 1' }).click();
  const box = runs.getByRole('textbox', { name: 'New name for Run 1' });
  await box.fill('something else');
  await box.press('Escape');
  await expect(runs.getByRole('button', { name: 'Rename Run 1' })).toBeVisible();
  await runs.getByRole('button', { name: 'Rename Run 1' }).press('Enter');
  await box.fill('   ');
  await box.press('Enter');
  await expect(
    runs.getByRole('alert').filter({ hasText: 'A run name cannot be empty.' }),
  ).toHaveCount(2);
  await box.fill('baseline');
  await box.press('Enter');
  await expect(runRow(page, 'baseline')).toBeVisible();

  // The filter looks at names and settings.
  const filter = runs.getByRole('searchbox', { name: 'Filter' });
  await filter.fill('nothing like this');
  await expect(runs.getByText('No run matches the filter.')).toBeVisible();
  await filter.fill('base adam');
  await expect(runRow(page, 'baseline')).toBeVisible();
  await filter.fill('');

  await runs.getByRole('button', { name: 'Delete baseline' }).click();
  await expect(runs.getByTestId('runs-message')).toHaveText('Deleted baseline.');
  await expect(runs.getByText(/^No runs yet/)).toBeVisible();
  await runs.getByRole('button', { name: 'Undo: restore baseline' }).click();
  await expect(runRow(page, 'baseline')).toBeVisible();

  // A run whose model was saved can be continued: its model comes back for the next Train.
  await expect(runs.getByRole('button', { name: 'Continue baseline' })).toHaveCount(0);
  await page.getByLabel('Model name').fill('kept-model');
  await page.getByRole('button', { name: 'Save to browser' }).click();
  await app.reset();
  await expect(app.trainButton()).toHaveText('Train');
  await runs.getByRole('button', { name: 'Continue baseline' }).click();
  await expect(runs.getByTestId('runs-message')).toHaveText(
    'Loaded baseline’s model “kept-model”: the next Train continues it.',
  );
  await expect(app.trainButton()).toHaveText('Continue training');
});

test('Train new model runs a changed setting from fresh weights, beside the run before it, and stops asking when told', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 2, samples: 100, lr: 0.05 });
  const controls = page.getByRole('group', { name: 'Training controls' });
  const trainNew = controls.getByRole('button', { name: 'Train new model', exact: true });
  // Nothing trained yet: Train itself builds the model.
  await expect(trainNew).toHaveCount(0);
  await app.trainToCompletion(2);

  // One setting changed: Train would continue this model, Train new model starts another.
  await app.setNumber('Learning rate', 0.2);
  await expect(app.trainButton()).toHaveText('Continue training');
  await trainNew.click();
  const ask = page.getByRole('dialog', { name: 'Start a new model?' });
  await expect(ask).toContainText('its run stays in the Runs panel');
  await ask.getByRole('checkbox', { name: 'Don’t ask again in this browser' }).check();
  await ask.getByRole('button', { name: 'Train new model' }).click();
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  // Its epochs count from one: a new model, not the old one trained on.
  await expect(epochValue(page, 'Epoch')).toHaveText('2');
  await expect(runRow(page, 'Run 2')).toContainText('0.2');
  await expect(runRow(page, 'Run 1')).toContainText('0.05');
  await expect(comparisonLegend(page)).toHaveCount(2);
  // The results say what the change did, against the run before.
  const pct = String.raw`\d+\.\d%`;
  const num = String.raw`\d\.\d{4}`;
  const verdict = (n: string) => String.raw`${n}, (better than ${n}|worse than ${n}|as before)`;
  const versus = panel(page, 'Results').getByRole('note', { name: 'Against the run before' });
  await expect(versus).toHaveText(
    new RegExp(
      String.raw`^Against Run 1 \(learning rate 0\.05 → 0\.2\): val accuracy ${verdict(pct)}; val loss ${verdict(num)}; time \d+\.\d s \(was \d+\.\d s\)\. Compare the curves$`,
    ),
  );
  // From there, one click to both curves, compared, even with the first one unticked.
  await runRow(page, 'Run 1').getByRole('checkbox', { name: 'Compare Run 1' }).uncheck();
  await expect(comparisonLegend(page)).toHaveCount(1);
  await versus.getByRole('button', { name: 'Compare the curves' }).click();
  await expect(comparison(page)).toBeInViewport();
  await expect(comparisonLegend(page)).toHaveCount(2);

  // Told not to ask: the next one starts at once, and so after a reload.
  await app.setNumber('Learning rate', 0.1);
  await trainNew.click();
  await expect(runRow(page, 'Run 3')).toBeVisible();
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  await expect(ask).toBeHidden();
  await page.reload();
  await expect(app.trainButton()).toBeEnabled();
  await app.trainToCompletion(2);
  await trainNew.click();
  await expect(runRow(page, 'Run 5')).toBeVisible();
  await expect(ask).toBeHidden();
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  await expect(epochValue(page, 'Epoch')).toHaveText('2');
});

test('a run set against one stopped by hand says that run was stopped', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 500, samples: 200 });
  await app.trainButton().click();
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', /^[1-9]/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(app.state()).toHaveText('State: done');
  await expect(runRow(page, 'Run 1')).toContainText('stopped');
  await app.setNumber('Epochs', 2);
  await app.trainNewToCompletion(2);
  await expect(
    panel(page, 'Results').getByRole('note', { name: 'Against the run before' }),
  ).toContainText(/^Against Run 1, stopped \(epochs 500 → 2\): /);
});
