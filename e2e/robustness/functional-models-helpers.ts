/**
 * Steps the functional-model specs share: uploading a fixture (as it is or
 * edited), the model card's layer graph found by its roles and names, and
 * the fixture's forward pass in plain JS to compare predictions with.
 */
import { expect, type Page } from '@playwright/test';
import { fixtureFile, ModelsPanel, type TestFile } from '../fixtures/models-page';

export type FunctionalDir = 'keras-functional' | 'keras3-functional';

/** A layer of a functional model.json, as the cases below edit it. */
export interface LayerJson {
  class_name: string;
  name: string;
  config: object;
  inbound_nodes: unknown[];
}

/** The parts of the fixtures' model.json that the refusal cases change. */
export interface FunctionalJson {
  modelTopology: {
    model_config: { config: { layers: LayerJson[]; input_layers: unknown[] } };
  };
}

/** The fixture's files; `edit` changes model.json first. */
export async function functionalFiles(
  dir: FunctionalDir,
  edit: (json: FunctionalJson) => void = () => {},
): Promise<TestFile[]> {
  const json = await fixtureFile(`${dir}/model.json`);
  const bin = await fixtureFile(`${dir}/group1-shard1of1.bin`);
  const m = JSON.parse(json.buffer.toString('utf8')) as FunctionalJson;
  edit(m);
  return [{ name: json.name, buffer: Buffer.from(JSON.stringify(m)) }, bin];
}

/** Upload the files and wait for the panel to report the load. */
export async function uploadFunctional(page: Page, files: TestFile[]): Promise<void> {
  const models = new ModelsPanel(page);
  await models.upload(files);
  await expect(models.message(/^Loaded model\.json \(114 parameters\)\./)).toBeVisible();
}

/** The model card's drawing and its list alternative. */
export function layerGraph(page: Page) {
  const card = page.getByRole('region', { name: 'Loaded model' });
  const figure = card.getByRole('figure', { name: 'Layer graph' });
  return {
    card,
    figure,
    drawing: figure.getByRole('img', { name: /^Layer graph: / }),
    items: figure.getByRole('list', { name: 'Layers of the graph' }).getByRole('listitem'),
  };
}

/**
 * The fixture's forward pass (see fixtures/keras-functional.ts): weights in
 * manifest order, dense → dense_1 → add(dense, dense_1) → dense_2 softmax.
 */
export function functionalForward(bin: Buffer, x: number, y: number): number[] {
  const w = new Float32Array(new Uint8Array(bin).buffer);
  const H = 8;
  const h = Array.from({ length: H }, (_, k) =>
    Math.max(0, x * w[k]! + y * w[H + k]! + w[2 * H + k]!),
  );
  const r0 = 3 * H; // dense_1 kernel [8, 8], then its bias
  const r = Array.from({ length: H }, (_, j) =>
    h.reduce((s, v, k) => s + v * w[r0 + k * H + j]!, w[r0 + H * H + j]!),
  );
  const sum = h.map((v, k) => v + r[k]!);
  const o0 = r0 + H * H + H; // dense_2 kernel [8, 2], then its bias
  const logits = [0, 1].map((c) =>
    sum.reduce((s, v, k) => s + v * w[o0 + k * 2 + c]!, w[o0 + 2 * H + c]!),
  );
  const m = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - m));
  return e.map((v) => v / (e[0]! + e[1]!));
}

export function expectClose(actual: number[], expected: number[], tolerance: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(tolerance));
}
