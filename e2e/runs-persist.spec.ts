/**
 * Every run is recorded and kept in the browser: two short runs, then a
 * third cut short by a reload; after it the charts show the last run's
 * history, with no model, the setup is the one that was training, and the
 * runs table and the line under the charts count all three.
 */
import { expect, test } from '@playwright/test';
import { Playground, chart, panel, runRow, runsKept, statusItem } from './app';
import { trainUntilDone } from './boundary';

test('runs survive a reload, and the last one’s charts come back', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 3, samples: 100 });
  await trainUntilDone(app, 3);
  await expect(runsKept(page)).toHaveText(/^Runs: 1 kept · /);
  await trainUntilDone(app, 6);
  await expect(runsKept(page)).toHaveText(/^Runs: 2 kept · /);

  // A long third run, reloaded while it trains once some of it has been written.
  await app.setNumber('Epochs', 5000);
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: training');
  await expect(runsKept(page)).toHaveText(/^Runs: 3 kept · /);
  await expect.poll(() => app.number('Epoch')).toBeGreaterThan(8);
  const before = await runsKept(page).innerText();
  // The line's size grows when the running run is written again.
  await expect(runsKept(page)).not.toHaveText(before);
  await expect(app.state()).toHaveText('State: training');
  await page.reload();

  await expect(statusItem(page, 'Backend')).not.toContainText('starting');
  await expect(runsKept(page)).toHaveText(/^Runs: 3 kept · [\d.]+ (B|KB|MB)$/);
  await expect(panel(page, 'Train').getByText(/Run 3 \(before reload\)/)).toBeVisible();
  // The charts hold runs 1 to 3 of this model: more epochs than the first two had.
  await expect.poll(() => app.number('Epoch')).toBeGreaterThan(6);
  // And they are drawn, not just counted.
  const drawn = (id: string) => async () =>
    Number(await page.getByTestId(id).getAttribute('data-drawn'));
  await expect.poll(drawn('loss-chart')).toBeGreaterThan(6);
  await expect.poll(drawn('metric-chart')).toBeGreaterThan(6);
  await expect(chart(page, 'Loss').getByText(/appear here once training starts/)).toBeHidden();
  // The setup being trained is in the editor again, and the runs table lists
  // the third run as cut short by the reload.
  const field = (name: string) => page.getByRole('spinbutton', { name, exact: true });
  await expect(field('Epochs')).toHaveValue('5000');
  await expect(field('Samples')).toHaveValue('100');
  await expect(runRow(page, 'Run 3')).toContainText('interrupted');
  await expect(runRow(page, 'Run 1')).toContainText('done');
  // No model came back: Train starts a fresh one.
  await expect(app.state()).toHaveText('State: idle');
  await expect(app.trainButton()).toHaveText('Train');
});
