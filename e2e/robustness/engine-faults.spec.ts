/**
 * Faults of the browser during training, caused for real (a lost WebGL
 * context, a failed GPU allocation, a crashed or hung engine worker): each
 * ends the run with a message saying what happened and what was kept, and
 * every control works again.
 */
import { expect, test } from '@playwright/test';
import { epochValue, openFold, Playground, statusItem, sweepForm } from '../app';
import {
  cause,
  expectContinues,
  keptEpoch,
  reachEpoch,
  restartKept,
  startLongRun,
  trainAlert,
} from './engine-faults-helpers';

test('a lost WebGL context stops the run at its epoch, keeps the last epoch and continues on the CPU', async ({
  page,
}) => {
  const app = await startLongRun(page, 'webgl');
  await reachEpoch(app, 3);
  await cause(page, 'loseContext');

  await expect(trainAlert(page)).toContainText(/The GPU context was lost during epoch \d+/);
  const kept = await keptEpoch(page);
  expect(kept).toBeGreaterThanOrEqual(3);
  // The last epoch whose weights were read back before the loss: the one before it, or
  // earlier when the loss cut a read short.
  const lost = Number(/during epoch (\d+)/.exec(await trainAlert(page).innerText())?.[1]);
  expect(kept).toBeLessThan(lost);
  await expect(app.state()).toHaveText('State: error');
  await expect(epochValue(page, 'Epoch')).toHaveText(String(kept));
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  // Every control works again: the settings, Reset, and the choices to go on.
  await expect(page.getByRole('button', { name: 'Reset' })).toBeEnabled();
  await openFold(page, 'Backend:');
  await expect(page.getByRole('combobox', { name: 'Backend' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Continue on WebGL' })).toBeDisabled();

  await app.setNumber('Epochs', 2);
  await page.getByRole('button', { name: 'Continue on CPU' }).click();
  await expectContinues(app, kept);
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
});

test('a restored WebGL context lets the run continue on WebGL from the kept epoch', async ({
  page,
}) => {
  const app = await startLongRun(page, 'webgl');
  await reachEpoch(app, 2);
  await cause(page, 'loseContext');
  await expect(trainAlert(page)).toContainText('The GPU context was lost');
  const kept = await keptEpoch(page);
  const onWebgl = page.getByRole('button', { name: 'Continue on WebGL' });
  await expect(onWebgl).toBeDisabled();

  await cause(page, 'restoreContext');
  await expect(onWebgl).toBeEnabled();
  await app.setNumber('Epochs', 2);
  await onWebgl.click();
  await expectContinues(app, kept);
  await app.expectWebGL();
});

test('a failed GPU allocation stops the run with an out-of-memory message and keeps the last epoch', async ({
  page,
}) => {
  const app = await startLongRun(page, 'webgl');
  await reachEpoch(app, 2);
  await cause(page, 'failNextAllocation');

  await expect(trainAlert(page)).toContainText(
    /The GPU ran out of memory during epoch \d+ \(Unable to create WebGLTexture\.\)/,
  );
  const kept = await keptEpoch(page);
  await expect(epochValue(page, 'Epoch')).toHaveText(String(kept));
  // The context itself is fine: WebGL may be used again at once.
  await expect(page.getByRole('button', { name: 'Continue on WebGL' })).toBeEnabled();
  await app.setNumber('Epochs', 1);
  await page.getByRole('button', { name: 'Continue on CPU' }).click();
  await expectContinues(app, kept, 1);
});

test('a crashed engine worker is detected and restarted with the last epoch’s weights, and training goes on', async ({
  page,
}) => {
  const app = await startLongRun(page, 'cpu');
  await reachEpoch(app, 2);
  await cause(page, 'crashWorker');

  await expect(trainAlert(page)).toContainText(
    /The training engine crashed \(.+\) and was restarted; the run stopped at epoch \d+\. The weights of epoch \d+ are kept/,
  );
  const kept = await restartKept(page);
  // The history on the page stays, up to the weights the new engine took back.
  await expect(epochValue(page, 'Epoch')).toHaveText(String(kept));
  await expect(statusItem(page, 'Backend')).toHaveText('Backend: cpu');
  await app.setNumber('Epochs', 2);
  await expect(app.trainButton()).toHaveText('Continue training');
  await app.trainButton().click();
  await expectContinues(app, kept);
});

test('Stop while the engine hangs ends the run, restarts the engine, and training goes on', async ({
  page,
}) => {
  const app = await startLongRun(page, 'cpu');
  await reachEpoch(app, 1);
  await cause(page, 'hangWorker');
  await page.getByRole('button', { name: 'Stop' }).click();

  await expect(trainAlert(page)).toContainText(
    /The training engine stopped responding, so it was restarted; the run stopped at epoch \d+/,
  );
  await expect(app.state()).toHaveText('State: error');
  const kept = await restartKept(page);
  await app.setNumber('Epochs', 1);
  await app.trainButton().click();
  await expectContinues(app, kept, 1);
});

test('an engine worker that closes itself mid-run is found by the watchdog and restarted', async ({
  page,
}) => {
  const app = await startLongRun(page, 'cpu');
  await reachEpoch(app, 1);
  // A closed worker sends no event: only the unanswered watchdog call tells.
  await cause(page, 'closeWorker');

  await expect(trainAlert(page)).toContainText(
    /The training engine stopped responding, so it was restarted; the run stopped at epoch \d+/,
  );
  const kept = await restartKept(page);
  await app.setNumber('Epochs', 1);
  await app.trainButton().click();
  await expectContinues(app, kept, 1);
});

test('a sweep goes on to its next run when the engine crashes under one', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu&faults=1');
  await app.configureSmallRun({ epochs: 400, samples: 200 });
  const sweep = sweepForm(page);
  await sweep.getByRole('combobox', { name: 'Vary' }).selectOption('learningRate');
  await sweep.getByRole('textbox', { name: 'Values' }).fill('0.01, 0.03');
  await sweep.getByRole('button', { name: 'Run sweep' }).click();
  const progress = sweep.getByRole('status', { name: 'Sweep progress' });
  await expect(progress).toContainText(/^Run 1 of 2/);
  await reachEpoch(app, 1);
  await cause(page, 'crashWorker');

  await expect(progress).toContainText(/^Run 2 of 2/, { timeout: 60_000 });
  await expect(app.state()).toHaveText('State: training');
  await sweep.getByRole('button', { name: 'Stop sweep' }).click();
  await expect(sweep.getByTestId('sweep-message')).toContainText('Sweep stopped');
  await expect(app.trainButton()).toBeEnabled();
});
