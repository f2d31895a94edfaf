/**
 * The training doctor under the charts: a run that cannot learn is
 * diagnosed with a fix that changes the setting, and a healthy default run
 * is told that nothing is wrong. CPU backend, small runs.
 */
import { expect, test } from '@playwright/test';
import { Playground, panel } from './app';

const doctor = (app: Playground) =>
  panel(app.page, 'Results').getByRole('region', { name: 'Training doctor' });

test('an absurdly high learning rate is diagnosed, and its fix lowers the rate', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 3, samples: 200, lr: 100 });
  await app.trainButton().click();
  await expect(app.state()).toHaveText(/State: (done|error)/, { timeout: 60_000 });
  const diagnoses = doctor(app).getByRole('list', { name: 'Diagnoses' }).getByRole('listitem');
  await expect(diagnoses.first()).toContainText(
    /learning rate is (most likely |usually )?too high|learning rate too high/i,
  );
  const fix = doctor(app)
    .getByRole('button', { name: /^Lower the learning rate to / })
    .first();
  const label = await fix.innerText();
  const rate = /to ([\d.e-]+)$/.exec(label)?.[1];
  expect(Number(rate)).toBeLessThan(100);
  await fix.click();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveValue(
    rate ?? 'missing',
  );
  await expect(doctor(app).getByRole('status')).toContainText(`Applied: ${label}.`);
  // Undo puts the absurd rate back.
  await doctor(app).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveValue(
    '100',
  );
});

test('a healthy run with the default settings shows no diagnosis', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await app.trainButton().click();
  await expect(app.state()).toHaveText('State: done', { timeout: 90_000 });
  await expect(doctor(app).getByRole('status')).toHaveText('No problems spotted.');
  await expect(doctor(app).getByRole('list', { name: 'Diagnoses' })).toHaveCount(0);
});
