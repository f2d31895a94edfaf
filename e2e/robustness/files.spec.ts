/**
 * Files are verified, not trusted: model zips with a wrong CRC-32, a lying
 * size or a zip bomb inside are refused by name before they can cost the
 * page; weights holding NaN load with a warning and cannot be trained on;
 * user text in the Keras export stays text, and download names stay legal.
 */
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import { Playground, loadedModel } from '../app';
import { fixtureFile, ModelsPanel, type TestFile } from '../fixtures/models-page';
import { deflated, forgeZip, readDocstring, unescapeMarkdown, zerosDeflate } from './files-helpers';

const BIN = 'group1-shard1of1.bin';

/** The Keras fixture's two files as zip entries. */
async function circleEntries() {
  const json = await fixtureFile('keras-circle/model.json');
  const bin = await fixtureFile(`keras-circle/${BIN}`);
  return {
    json: deflated('model.json', json.buffer),
    bin: deflated(BIN, bin.buffer),
    files: [json, bin],
  };
}

async function openModels(page: Page): Promise<ModelsPanel> {
  await new Playground(page).open('?backend=cpu');
  return new ModelsPanel(page);
}

test('a model zip whose CRC-32 is wrong is refused, naming the entry', async ({ page }) => {
  const models = await openModels(page);
  const { json, bin } = await circleEntries();
  const zip = forgeZip([json, { ...bin, crc: (bin.crc ^ 0x10) >>> 0 }]);
  await models.upload([{ name: 'model.zip', buffer: zip }]);
  await expect(models.alert()).toHaveText(
    /^"group1-shard1of1\.bin" in model\.zip is damaged: its CRC-32 is 0x[0-9a-f]{8}, the archive says 0x[0-9a-f]{8}\.$/,
  );
  await expect(loadedModel(page)).toHaveCount(0);
});

test('a zip bomb with a lying header is refused before it inflates, and the page stays responsive', async ({
  page,
}) => {
  const models = await openModels(page);
  const { json, files } = await circleEntries();
  const bomb = {
    path: BIN,
    data: zerosDeflate(1 + 258 * 2_325_581),
    method: 8 as const,
    size: 456,
    crc: 0,
  };
  await models.upload([{ name: 'bomb.zip', buffer: forgeZip([json, bomb]) }]);
  await expect(models.alert()).toHaveText(
    '"group1-shard1of1.bin" in bomb.zip inflates to more than the 456 bytes its header declares; refused before unpacking further.',
  );
  // Still working: a good model loads straight after.
  await models.upload(files);
  await expect(models.message(/^Loaded model\.json/)).toBeVisible();
  await expect(loadedModel(page)).toBeVisible();
});

test('a zip whose entry declares a different size than it holds is refused', async ({ page }) => {
  const models = await openModels(page);
  const { json, bin } = await circleEntries();
  await models.upload([
    { name: 'model.zip', buffer: forgeZip([json, { ...bin, size: bin.size + 8 }]) },
  ]);
  await expect(models.alert()).toHaveText(
    '"group1-shard1of1.bin" in model.zip inflates to 168 bytes; its header declares 176.',
  );
});

test('weights holding NaN load with a warning naming them, and training on them is blocked', async ({
  page,
}) => {
  const app = new Playground(page);
  const models = new ModelsPanel(page);
  await app.open('?backend=cpu');
  await app.configureSmallRun({ epochs: 1, samples: 100 });
  await app.trainToCompletion(1);
  const bundle = await models.downloadOne('Download .zip bundle');
  const entries = unzipSync(new Uint8Array(bundle.buffer));
  const weights = new Float32Array(entries['weights.bin']!.slice().buffer);
  weights[0] = NaN;
  weights[1] = Infinity;
  entries['weights.bin'] = new Uint8Array(weights.buffer);
  await app.reset();
  await models.upload([{ name: 'nan.zip', buffer: Buffer.from(zipSync(entries)) }]);

  const warning = loadedModel(page).getByRole('note', { name: 'Weights warning' });
  await expect(warning).toContainText(
    /NaN or infinite values: dense_1\/kernel \(2 of \d+ values\)\./,
  );
  await expect(models.message(/^Loaded nan\.zip for inspection/)).toBeVisible();
  await expect(app.trainButton()).toBeDisabled();
  await expect(page.getByTestId('train-blocked')).toContainText(
    /The loaded model cannot be trained further: a weight holds NaN or infinite values: dense_1\/kernel \(2 of \d+ values\)\./,
  );
});

test('a model named with quotes, backslashes and non-Latin script exports a train.py and README that read back, under a safe file name', async ({
  page,
}) => {
  const models = await openModels(page);
  const name = '模型 "α" \\N{x} """ end"';
  const { files } = await circleEntries();
  const zip = Buffer.from(zipSync({ 'model.json': files[0]!.buffer, [BIN]: files[1]!.buffer }));
  // A model from elsewhere is named after its file.
  const shown = `${name}.zip`;
  await models.upload([{ name: shown, buffer: zip }]);
  await expect(loadedModel(page)).toContainText(shown);

  const exported: TestFile = await models.downloadOne('Export for Python / Keras');
  expect(exported.name).toBe('模型 -α- -N{x} - end-.zip-keras.zip');
  const out = unzipSync(new Uint8Array(exported.buffer));
  const script = new TextDecoder().decode(out['train.py']);
  expect(readDocstring(script).split('\n')[0]).toBe(`Train ${shown} with TensorFlow / Keras.`);
  const readme = new TextDecoder().decode(out['README.md']).split('\n');
  expect(unescapeMarkdown(readme[0]!)).toBe(`# ${shown}: Keras export`);
  expect(readme[1]).toBe('');
});
