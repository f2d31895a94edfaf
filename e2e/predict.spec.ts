/**
 * Prediction on new inputs: draw a digit after training the
 * digits model; fill in the row form of a table; predict a CSV file and
 * read the download; a regression value at a point of the plane.
 */
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { fileURLToPath } from 'node:url';
import { Playground, inputShape, panel } from './app';
import { downloadText, drawStroke, probabilities } from './predict';

// WebGL on SwiftShader trains slowly on a busy machine; these tests train, then predict.
test.slow();

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('draw a digit after training and see the class probabilities; Clear resets', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open();
  await app.expectWebGL();
  await page.getByLabel('Dataset').selectOption('mnist');
  await expect(inputShape(page)).toHaveText('Input [batch, 28, 28, 1]');
  await app.setNumber('Samples', 100);
  const canvas = page.getByRole('img', { name: 'Drawing area for a digit' });
  await expect(canvas).toBeVisible();
  const problem = panel(page, 'Predict').getByText('Train or load a model, then draw a digit.', {
    exact: true,
  });
  await expect(problem).toBeVisible();

  // The digits start with a small dense network that flattens the image first.
  await expect(page.getByRole('group', { name: 'Flatten 1' })).toBeVisible();
  await app.setNumber('Epochs', 1);
  await app.setNumber('Batch size', 32);
  await app.trainToCompletion(1);
  await expect(problem).toHaveCount(0);

  // A "7": across the top, then down to the bottom left.
  await drawStroke(page, canvas, [
    [0.25, 0.2],
    [0.75, 0.2],
    [0.45, 0.85],
  ]);
  await expect(canvas).toHaveAttribute('data-ink', 'yes');
  const list = page.getByRole('list', { name: 'Digit probabilities' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const p = await probabilities(list);
  expect(p).toHaveLength(10);
  for (const v of p) expect(v).toBeGreaterThanOrEqual(0);
  // Shown to 0.1 %: ten roundings of at most 0.05 % each.
  expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.006);
  await expect(page.getByText(/^Looks like [0-9] \(\d+\.\d%\)$/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'What the model sees: the drawing scaled to 28 × 28 pixels' }),
  ).toBeVisible();

  // Clear, from the keyboard: the drawing and the prediction go.
  const clear = page.getByRole('button', { name: 'Clear' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(canvas).toHaveAttribute('data-ink', 'no');
  await expect(clear).toBeDisabled();
  await expect(page.getByText('Nothing drawn yet.')).toBeVisible();
});

test('a table: fill in the form for a prediction, then predict a CSV file and download it', async ({
  page,
}) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page.getByLabel('Dataset').selectOption('iris');
  await expect(page.getByLabel('Label column')).toHaveValue('species');
  const form = page.getByRole('form', { name: 'Predict one row' });
  const field = (name: string) => form.getByRole('textbox', { name, exact: true });
  // Prefilled with the training medians, the training range as a hint.
  await expect(field('petal_length')).not.toHaveValue('');
  await expect(form.getByText(/^Training range 1(\.\d)? – 6\.\d$/).first()).toBeVisible();
  await expect(form.getByRole('button', { name: 'Predict' })).toBeDisabled();

  await app.setNumber('Epochs', 3);
  await app.setNumber('Batch size', 16);
  await app.setNumber('Learning rate', 0.05);
  await app.trainToCompletion(3);

  await test.step('the form', async () => {
    await field('sepal_length').fill('6.3');
    await field('sepal_width').fill('3.3');
    await field('petal_length').fill('6');
    await field('petal_width').fill('2.5');
    await form.getByRole('button', { name: 'Predict' }).click();
    const list = page.getByRole('list', { name: 'Prediction for the row' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list).toContainText('setosa');
    await expect(list).toContainText('virginica');
    const p = await probabilities(list);
    expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.002);
    await expect(
      page.getByText(/^Predicted species: (setosa|versicolor|virginica) \(\d+\.\d%\)$/),
    ).toBeVisible();

    // A bad value names its field, and the app keeps working.
    await field('petal_width').fill('wide');
    await expect(field('petal_width')).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('button', { name: 'Predict' }).click();
    await expect(panel(page, 'Predict').getByRole('alert')).toHaveText(
      '“petal_width” needs a number like 5.1; got “wide”.',
    );
    await expect(list).toHaveCount(0);
    await field('petal_width').fill('0.2');
    await form.getByRole('button', { name: 'Predict' }).click();
    await expect(panel(page, 'Predict').getByRole('alert')).toHaveCount(0);
    await expect(list.getByRole('listitem')).toHaveCount(3);
  });

  await test.step('a CSV file', async () => {
    const upload = page.getByLabel('CSV of inputs to predict');
    await upload.setInputFiles(fixture('predict-iris-missing.csv'));
    const batchError = panel(page, 'Predict').getByRole('alert');
    await expect(batchError).toHaveText(
      'predict-iris-missing.csv has no column “petal_width”. The model needs sepal_length, sepal_width, petal_length, petal_width (other columns are kept as they are).',
    );
    await expect(page.getByRole('button', { name: /^Download predictions/ })).toHaveCount(0);

    await upload.setInputFiles(fixture('predict-iris.csv'));
    await expect(
      panel(page, 'Predict')
        .getByRole('status')
        .filter({ hasText: /^Predicted \d+ rows?\.$/ }),
    ).toHaveText('Predicted 6 rows.');
    await expect(batchError).toHaveCount(0);
    const file = await downloadText(
      page,
      page.getByRole('button', { name: /^Download predictions/ }),
    );
    expect(file.name).toBe('predict-iris-predictions.csv');
    const rows = Papa.parse<string[]>(file.text.trim()).data;
    expect(rows[0]).toEqual([
      'sepal_length',
      'sepal_width',
      'petal_length',
      'petal_width',
      'species',
      'note',
      'predicted_species',
      'p_setosa',
      'p_versicolor',
      'p_virginica',
    ]);
    expect(rows).toHaveLength(7);
    expect(rows[1]?.slice(0, 6)).toEqual([
      '5.1',
      '3.5',
      '1.4',
      '0.2',
      'setosa',
      'first, with a comma',
    ]);
    for (const row of rows.slice(1)) {
      expect(['setosa', 'versicolor', 'virginica']).toContain(row[6]);
      const p = row.slice(7).map(Number);
      expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-4);
      // The predicted class is the most probable one.
      expect(row[6]).toBe(['setosa', 'versicolor', 'virginica'][p.indexOf(Math.max(...p))]);
    }
  });
});

test('a regression set shows the predicted value at a point', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await page.getByLabel('Dataset').selectOption({ label: 'Plane (regression)' });
  await app.configureSmallRun({ epochs: 2, samples: 200, batch: 16, lr: 0.03 });
  await app.trainToCompletion(2);
  await app.setNumber('x₁', 0.5);
  await app.setNumber('x₂', 0.5);
  await page.getByRole('button', { name: 'Predict', exact: true }).click();
  const out = page.getByRole('list', { name: 'Prediction at (0.5, 0.5)' });
  await expect(out).toHaveText(/^Predicted y: -?\d+\.\d{6}$/);
  await expect(out.getByRole('meter')).toHaveCount(0);
});
