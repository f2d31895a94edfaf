/**
 * Models as files: both download formats load back with the same
 * predictions (picked or dropped), a model converted from Keras loads,
 * predicts and evaluates, and every broken upload is refused with a
 * message that names the problem while the saved library stays intact.
 */
import { expect, test } from '@playwright/test';
import { Playground, loadedModel, prediction } from './app';
import { fixtureFile, ModelsPanel, type TestFile } from './fixtures/models-page';

const PROBE = [0.3, -0.6] as const;

function expectClose(actual: number[], expected: number[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(tolerance));
}

test('both download formats load back with the same predictions', async ({ page }) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 3, samples: 100 });
  await app.trainToCompletion(3);
  const trained = await app.predict(...PROBE);

  const { json, bin } = await app.downloadModel();
  const bundle = await models.downloadOne('Download .zip bundle');
  expect(bundle.name).toMatch(/\.zip$/);
  expect(bundle.buffer.subarray(0, 2).toString('latin1')).toBe('PK');

  // model.json + weights.bin, picked.
  await app.reset();
  await expect(prediction(page)).toHaveCount(0);
  await models.upload([
    { name: 'model.json', buffer: json },
    { name: 'weights.bin', buffer: bin },
  ]);
  await expect(models.message('Loaded model.json with its playground settings.')).toBeVisible();
  expectClose(await app.predict(...PROBE), trained, 1e-6);

  // The bundle, dropped: settings, history and optimizer state come back.
  await app.reset();
  await models.drop([bundle]);
  await expect(models.message(`Loaded ${bundle.name} with its playground settings.`)).toBeVisible();
  await expect(loadedModel(page).getByText(/^Training state restored/)).toBeVisible();
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '3');
  expectClose(await app.predict(...PROBE), trained, 1e-6);
  await expect(app.trainButton()).toHaveText('Continue training');
});

/** The Keras fixture's forward pass in plain JS (see fixtures/make-keras-fixtures.ts). */
function kerasCircle(weights: Buffer, x: number, y: number): number[] {
  const w = new Float32Array(new Uint8Array(weights).buffer);
  const h = Array.from({ length: 8 }, (_, k) =>
    Math.max(0, x * w[k]! + y * w[8 + k]! + w[16 + k]!),
  );
  const logits = [0, 1].map((c) => h.reduce((s, v, k) => s + v * w[24 + k * 2 + c]!, w[40 + c]!));
  const e = logits.map((l) => Math.exp(l - Math.max(...logits)));
  return e.map((v) => v / (e[0]! + e[1]!));
}

test('a model converted from Keras loads, predicts and evaluates', async ({ page }) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  const bin = await fixtureFile('keras-circle/group1-shard1of1.bin');
  await models.upload([await fixtureFile('keras-circle/model.json'), bin]);
  await expect(
    models.message(
      'Loaded model.json (42 parameters). It has no playground settings, so it can predict and be evaluated here, but not trained further.',
    ),
  ).toBeVisible();
  const card = page.getByRole('region', { name: 'Loaded model' });
  await expect(card).toContainText(
    'Made by keras v2.15.0, converted by TensorFlow.js Converter v4.22.0.',
  );
  await expect(card).toContainText('input [batch,2] → output [batch,2]');
  expectClose(await app.predict(...PROBE), kerasCircle(bin.buffer, ...PROBE), 5e-6);
  expectClose(await app.predict(0.9, 0.1), kerasCircle(bin.buffer, 0.9, 0.1), 5e-6);

  // Its shape fits the Circle data: evaluate it there.
  await page.getByRole('button', { name: 'Loss and metric on every split' }).click();
  const evaluation = page.getByRole('table', { name: 'Evaluation' });
  await expect(evaluation).toBeVisible();
  const accuracy = Number(
    // The test row's cells: samples, loss, accuracy.
    (
      await evaluation
        .getByRole('row', { name: /^test / })
        .getByRole('cell')
        .nth(2)
        .innerText()
    ).replace('%', ''),
  );
  expect(accuracy).toBeGreaterThan(90);

  // The same model as Keras 3 writes it loads too.
  await models.upload([
    await fixtureFile('keras3-circle/model.json'),
    await fixtureFile('keras3-circle/group1-shard1of1.bin'),
  ]);
  await expect(card).toContainText('Made by keras v3.10.0');
  expectClose(await app.predict(...PROBE), kerasCircle(bin.buffer, ...PROBE), 5e-6);
});

/** The parts of the fixture's model.json the broken cases change. */
interface KerasModelJson {
  modelTopology: { model_config: { config: { layers: { class_name: string }[] } } };
  weightsManifest: { weights: { dtype: string; shape: number[] }[] }[];
}

test('broken uploads are refused by name and the library stays intact', async ({ page }) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 2, samples: 100 });
  await app.trainToCompletion(2);
  const trained = await app.predict(...PROBE);
  await models.save('keeper');

  const json = await fixtureFile('keras-circle/model.json');
  const bin = await fixtureFile('keras-circle/group1-shard1of1.bin');
  const edit = (f: (m: KerasModelJson) => void): TestFile => {
    const m = JSON.parse(json.buffer.toString('utf8')) as KerasModelJson;
    f(m);
    return { name: 'model.json', buffer: Buffer.from(JSON.stringify(m)) };
  };
  const cases: [string, TestFile[], string | RegExp][] = [
    [
      'malformed JSON',
      [{ name: 'model.json', buffer: json.buffer.subarray(0, 100) }, bin],
      /^model\.json is not valid JSON \(.+\)\.$/,
    ],
    [
      'an unknown layer class',
      [edit((m) => (m.modelTopology.model_config.config.layers[1]!.class_name = 'Wobble')), bin],
      'Layer "dense" is of class "Wobble", which TensorFlow.js 4.22.0 cannot build.',
    ],
    [
      'a missing weights file',
      [json],
      'model.json needs the weights file "group1-shard1of1.bin", which was not uploaded. Select it together with model.json.',
    ],
    [
      'an extra weights file',
      [json, bin, { name: 'extra.bin', buffer: Buffer.alloc(8) }],
      '"extra.bin" is not named in model.json\'s weights manifest.',
    ],
    [
      'weights of the wrong size',
      [json, { name: bin.name, buffer: bin.buffer.subarray(0, 160) }],
      'Weights file group1-shard1of1.bin has 160 bytes; the model needs 168.',
    ],
    [
      'a dtype mismatch',
      [edit((m) => (m.weightsManifest[0]!.weights[0]!.dtype = 'int32')), bin],
      'The weights do not fit the model: Weight "dense/kernel" is stored as int32; the layer needs float32.',
    ],
    [
      'an absurd shape',
      [edit((m) => (m.weightsManifest[0]!.weights[0]!.shape = [1_000_000, 1_000_000])), bin],
      'Weight "dense/kernel" declares 1,000,000,000,000 values (shape [1000000, 1000000]); the limit is 50,000,000.',
    ],
    [
      'a file that is not a zip',
      [{ name: 'model.zip', buffer: Buffer.from('not a zip at all') }],
      /^model\.zip is not a valid \.zip file \(.+\)\.$/,
    ],
  ];
  for (const [label, files, message] of cases) {
    await test.step(label, async () => {
      await models.upload(files);
      await expect(models.alert()).toHaveText(message);
      await models.expectSaved(['keeper']);
    });
  }

  // The model in the engine was never replaced, and the saved one loads as before.
  expect(await app.predict(...PROBE)).toEqual(trained);
  await page.getByRole('button', { name: 'Load keeper', exact: true }).click();
  await expect(models.message('Loaded "keeper".')).toBeVisible();
  expect(await app.predict(...PROBE)).toEqual(trained);
});
