/**
 * Keras functional models converted with tensorflowjs_converter: a model
 * with a skip connection, as Keras 2 and as Keras 3 write it, loads, shows
 * its layer graph (drawn and listed), predicts what its weights say and
 * evaluates on the Circle data; graphs tfjs cannot build are refused by
 * name and the app keeps the model it had.
 */
import { expect, test, type Page } from '@playwright/test';
import { Playground } from '../app';
import { fixtureFile, ModelsPanel } from '../fixtures/models-page';
import {
  expectClose,
  functionalFiles,
  functionalForward,
  layerGraph,
  uploadFunctional,
  type FunctionalDir,
} from './functional-models-helpers';

const NOTE =
  'This model\'s graph has a skip connection into layer "add" (from "dense" and "dense_1"); the editor builds sequential stacks, so it can be used for prediction and evaluation but not edited or trained further.';

async function evaluateAccuracy(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Loss and metric on every split' }).click();
  const evaluation = page.getByRole('table', { name: 'Evaluation' });
  await expect(evaluation).toBeVisible();
  // The test row's cells: samples, loss, accuracy.
  const cell = evaluation
    .getByRole('row', { name: /^test / })
    .getByRole('cell')
    .nth(2);
  return Number((await cell.innerText()).replace('%', ''));
}

for (const [dir, label, input] of [
  ['keras-functional', 'Keras 2', 'input_1'],
  ['keras3-functional', 'Keras 3', 'input_layer'],
] as [FunctionalDir, string, string][]) {
  test(`a ${label} functional model with a skip connection shows its graph, predicts and evaluates`, async ({
    page,
  }) => {
    const app = new Playground(page);
    await app.open('?backend=cpu');
    await uploadFunctional(page, await functionalFiles(dir));
    const graph = layerGraph(page);
    await expect(graph.card).toContainText(NOTE);
    await expect(graph.drawing).toHaveAccessibleName(
      'Layer graph: 5 layers, 5 connections, listed below',
    );
    await expect(graph.items).toHaveText([
      `${input} (InputLayer) · output [batch,2] · 0 parameters · model input`,
      `dense (Dense) · output [batch,8] · 24 parameters · from ${input}`,
      'dense_1 (Dense) · output [batch,8] · 72 parameters · from dense',
      'add (Add) · output [batch,8] · 0 parameters · from dense, dense_1',
      'dense_2 (Dense) · output [batch,2] · 18 parameters · from add',
    ]);
    // The merge is drawn as a node of its own.
    await expect(graph.drawing.getByText('Add · [batch,8]')).toBeVisible();

    const bin = (await fixtureFile(`${dir}/group1-shard1of1.bin`)).buffer;
    expectClose(await app.predict(0.3, -0.6), functionalForward(bin, 0.3, -0.6), 5e-6);
    expectClose(await app.predict(0.9, 0.1), functionalForward(bin, 0.9, 0.1), 5e-6);
    expect(await evaluateAccuracy(page)).toBeGreaterThan(90);
  });
}

test('a functional model with an unsupported layer is refused with the layer named', async ({
  page,
}) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await models.upload(
    await functionalFiles('keras3-functional', (m) => {
      m.modelTopology.model_config.config.layers[3]!.class_name = 'Subtract';
    }),
  );
  await expect(models.alert()).toHaveText(
    'Layer "add" is of class "Subtract", which TensorFlow.js 4.22.0 cannot build.',
  );
  await expect(page.getByRole('region', { name: 'Loaded model' })).toHaveCount(0);
});

test('a functional model whose graph names a missing layer is refused and the loaded model stays', async ({
  page,
}) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await uploadFunctional(page, await functionalFiles('keras-functional'));
  const before = await app.predict(0.3, -0.6);
  await models.upload(
    await functionalFiles('keras-functional', (m) => {
      // add's call takes dense and a layer the model does not have.
      m.modelTopology.model_config.config.layers[3]!.inbound_nodes = [
        [
          ['dense', 0, 0, {}],
          ['skip', 0, 0, {}],
        ],
      ];
    }),
  );
  await expect(models.alert()).toHaveText(
    'Layer "add" names layer "skip", which the model does not have.',
  );
  await expect(layerGraph(page).items).toHaveCount(5);
  expect(await app.predict(0.3, -0.6)).toEqual(before);
});

test('a functional model downloaded from the app loads back with its graph and predictions', async ({
  page,
}) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await uploadFunctional(page, await functionalFiles('keras3-functional'));
  const before = await app.predict(0.3, -0.6);
  const { json, bin } = await app.downloadModel();
  await models.upload([
    { name: 'model.json', buffer: json },
    { name: 'weights.bin', buffer: bin },
  ]);
  await expect(models.message(`Loaded model.json (114 parameters). ${NOTE}`)).toBeVisible();
  await expect(layerGraph(page).items.nth(3)).toHaveText(
    'add (Add) · output [batch,8] · 0 parameters · from dense, dense_1',
  );
  expect(await app.predict(0.3, -0.6)).toEqual(before);
});

test('a functional model with two inputs is described, and evaluation says why it cannot take the data', async ({
  page,
}) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await models.upload(
    await functionalFiles('keras-functional', (m) => {
      // dense_1 takes a second input of 8 values instead of dense's output.
      const config = m.modelTopology.model_config.config;
      const second = structuredClone(config.layers[0]!);
      second.name = 'input_2';
      second.config = { ...second.config, name: 'input_2', batch_input_shape: [null, 8] };
      config.layers.splice(1, 0, second);
      config.layers[3]!.inbound_nodes = [[['input_2', 0, 0, {}]]];
      config.input_layers.push(['input_2', 0, 0]);
    }),
  );
  await expect(
    models.message(
      /^Loaded model\.json \(114 parameters\)\. This model's graph has 2 inputs \("input_1" and "input_2"\);/,
    ),
  ).toBeVisible();
  await expect(layerGraph(page).items).toHaveText([
    'input_1 (InputLayer) · output [batch,2] · 0 parameters · model input',
    'input_2 (InputLayer) · output [batch,8] · 0 parameters · model input',
    'dense (Dense) · output [batch,8] · 24 parameters · from input_1',
    'dense_1 (Dense) · output [batch,8] · 72 parameters · from input_2',
    'add (Add) · output [batch,8] · 0 parameters · from dense, dense_1',
    'dense_2 (Dense) · output [batch,2] · 18 parameters · from add',
  ]);
  await page.getByRole('button', { name: 'Loss and metric on every split' }).click();
  await expect(models.alert()).toHaveText(
    'This model has 2 inputs ("input_1", "input_2") and 1 output ("dense_2"). Only single-input, single-output models can be evaluated here.',
  );
});
