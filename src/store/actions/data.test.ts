import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { inputSize, totalSamples } from '../../core/data/dataset';
import type { TableSpec } from '../../core/data/dataset-spec';
import { DataService } from '../../worker/data-service';
import { localDataApi, setDataApi } from '../../worker/data-client';
import { setEngineApi } from '../engine-ref';
import { resetStore, useStore } from '../store';
import type { EngineApi } from '../../worker/protocol';
import {
  applyDatasetSpec,
  currentDatasetKey,
  ensureEngineData,
  regenerateData,
  selectDataset,
  selectShownTable,
  setDatasetSpec,
  setTableLabel,
  setTableSpec,
  uploadCsv,
} from './data';

const root = new URL('../../../', import.meta.url);

/** Serves public/ from disk, as the preview server would. */
const fetchPublic = async (url: string) => {
  const path = new URL(url).pathname.replace(/^\//, '');
  return new Response(readFileSync(new URL(`public/${path}`, root)));
};

const fixture = (name: string) =>
  new File([readFileSync(new URL(`e2e/fixtures/${name}`, root))], name);

const state = () => useStore.getState();

beforeEach(() => {
  resetStore();
  setDataApi(localDataApi(new DataService(fetchPublic)));
});

describe('synthetic data', () => {
  it('switches kind at once and keeps samples, seed and split', () => {
    setDatasetSpec({ samples: 200 });
    void selectDataset('xor');
    expect(state().datasetSpec).toMatchObject({ kind: 'xor', samples: 200, seed: 1 });
    expect([state().dataset.train.n, state().dataset.validation.n]).toEqual([120, 40]);
  });

  it('keeps the data in place and blocks on an invalid value', () => {
    const before = state().dataset;
    setDatasetSpec({ samples: 5 });
    expect(state().datasetError).toContain('Data samples');
    expect(state().dataset).toBe(before);
    setDatasetSpec({ samples: 300 });
    expect(state().datasetError).toBeNull();
    expect(totalSamples(state().dataset)).toBe(300);
  });

  it('gives multi-class kinds their default class count, and changes the key with the data', () => {
    const k0 = currentDatasetKey();
    void selectDataset('blobs');
    expect(state().datasetSpec).toMatchObject({ kind: 'blobs', classes: 4 });
    expect(currentDatasetKey()).not.toBe(k0);
    const k1 = currentDatasetKey();
    regenerateData();
    expect(currentDatasetKey()).not.toBe(k1);
    setDatasetSpec({ classes: 6 });
    expect(state().dataset.task).toMatchObject({ classNames: expect.arrayContaining(['Class 5']) });
  });
});

describe('shipped data', () => {
  it('loads Iris with its default columns', async () => {
    await selectDataset('iris');
    const s = state();
    expect(s.datasetSpec).toMatchObject({ kind: 'iris', label: 'species', task: 'classification' });
    expect(s.dataset.inputShape).toEqual([4]);
    expect(totalSamples(s.dataset)).toBe(150);
    expect(s.dataLoading).toBeNull();
    expect(s.tableReport).toMatchObject({ used: 150 });
    expect(Object.values(s.tables).map((t) => t.file.name)).toEqual(['iris.csv']);
  });

  it('loads the digits', async () => {
    await selectDataset('mnist');
    const s = state();
    expect(s.datasetSpec).toMatchObject({ kind: 'mnist', samples: 2000 });
    expect(s.dataset.inputShape).toEqual([28, 28, 1]);
    expect(inputSize(s.dataset)).toBe(784);
    expect(totalSamples(s.dataset)).toBe(2000);
  });

  it('says so, and keeps the current data, when an asset cannot be loaded', async () => {
    setDataApi(localDataApi(new DataService(async () => new Response('gone', { status: 404 }))));
    const before = state().datasetSpec;
    await selectDataset('auto-mpg');
    expect(state().dataMessage).toEqual({
      kind: 'error',
      text: 'auto-mpg.csv could not be loaded (HTTP 404).',
    });
    expect(state().datasetSpec).toBe(before);
    expect(state().dataLoading).toBeNull();
  });
});

describe('uploaded CSV', () => {
  it('uses a good file with default choices, keyed by its content', async () => {
    await uploadCsv(fixture('data-fruit.csv'));
    const s = state();
    const spec = s.datasetSpec as TableSpec;
    expect(spec).toMatchObject({
      kind: 'csv',
      label: 'fruit',
      features: ['weight_g', 'width_cm', 'height_cm', 'colour', 'sweetness'],
      task: 'classification',
      missing: 'drop',
    });
    expect(currentDatasetKey()).toContain(spec.file.hash);
    expect(s.dataset.task).toEqual({
      kind: 'classification',
      classNames: ['apple', 'lemon', 'orange'],
    });
    expect(s.tableReport).toMatchObject({ rows: 180, droppedMissing: 5, used: 175 });
    expect(s.dataMessage).toBeNull();
  });

  it.each([
    ['data-bad-empty.csv', 'is empty'],
    ['data-bad-image.csv', 'is not a CSV file: it is a PNG image'],
    ['data-bad-header-only.csv', 'has a header row but no data rows'],
    ['data-bad-one-column.csv', 'has only one column'],
    ['data-bad-no-numeric.csv', 'has no numeric columns'],
    ['data-bad-ragged.csv', 'has ragged rows: row 4 has 2 fields'],
  ])('refuses %s and keeps the current data', async (name, message) => {
    void selectDataset('xor');
    const before = state().datasetSpec;
    const key = currentDatasetKey();
    await uploadCsv(fixture(name));
    expect(state().dataMessage?.kind).toBe('error');
    expect(state().dataMessage?.text).toContain(`${name} `);
    expect(state().dataMessage?.text).toContain(message);
    expect(state().datasetSpec).toBe(before);
    expect(currentDatasetKey()).toBe(key);
    expect(state().dataLoading).toBeNull();
  });

  it('shows a file whose label has one value in the column editor, without using it', async () => {
    const before = state().datasetSpec;
    await uploadCsv(fixture('data-bad-one-label.csv'));
    const s = state();
    expect(s.datasetSpec).toBe(before);
    expect(s.tableDraft?.error).toContain('The label “fruit” has only one value (“apple”)');
    expect(selectShownTable(s)?.file.name).toBe('data-bad-one-label.csv');
    // Picking a usable label fixes it.
    setTableLabel('width_cm');
    await expect.poll(() => state().datasetSpec.kind).toBe('csv');
    expect(state().datasetSpec).toMatchObject({ label: 'width_cm', task: 'regression' });
    expect(state().tableDraft).toBeNull();
  });

  it('changes columns, task, missing values and scaling; refuses an empty feature list', async () => {
    await uploadCsv(fixture('data-fruit.csv'));
    setTableSpec({ missing: 'fill' });
    await expect.poll(() => state().tableReport?.filledCells).toBe(5);
    setTableSpec({ features: [] });
    expect(state().tableDraft?.error).toBe('Choose at least one feature column.');
    expect((state().datasetSpec as TableSpec).features).toHaveLength(5);
    setTableSpec({ features: ['weight_g', 'colour'], scaling: 'minmax' });
    await expect.poll(() => state().dataset.featureNames.length).toBe(5);
    // One input per colour seen in training, most frequent first.
    expect(state().dataset.featureNames[0]).toBe('weight_g');
    expect(state().dataset.featureNames.slice(1).sort()).toEqual([
      'colour=green',
      'colour=orange',
      'colour=red',
      'colour=yellow',
    ]);
    expect(state().tableDraft).toBeNull();
  });

  it('recreates a saved CSV spec once the same file is uploaded again', async () => {
    await uploadCsv(fixture('data-fruit.csv'));
    setTableSpec({ features: ['weight_g', 'height_cm'] });
    await expect.poll(() => (state().datasetSpec as TableSpec).features.length).toBe(2);
    const saved = state().datasetSpec;
    const key = currentDatasetKey();

    // A fresh page: nothing parsed yet.
    resetStore();
    setDataApi(localDataApi(new DataService(fetchPublic)));
    const r = await applyDatasetSpec(saved);
    expect(r.ok).toBe(false);
    expect(state().dataMessage?.text).toContain(
      'This data came from data-fruit.csv (180 rows). Upload that file again to recreate it.',
    );
    expect(state().datasetSpec.kind).toBe('circle');

    await uploadCsv(fixture('data-fruit.csv'));
    expect(state().datasetSpec).toEqual(saved);
    expect(currentDatasetKey()).toBe(key);
    expect(state().awaitingUpload).toBeNull();
  });

  it('applies a saved Iris spec directly', async () => {
    await selectDataset('iris');
    const saved = { ...(state().datasetSpec as TableSpec), scaling: 'minmax' as const };
    resetStore();
    expect((await applyDatasetSpec(saved)).ok).toBe(true);
    expect(state().datasetSpec).toEqual(saved);
    expect(Math.max(...state().dataset.train.x)).toBeCloseTo(1, 6);
  });
});

describe('handing data to the engine', () => {
  it('sends the data once per key', async () => {
    const sent: string[] = [];
    let held: string | null = null;
    setEngineApi({
      datasetKey: async () => held,
      setDataset: async (key: string) => {
        sent.push(key);
        held = key;
      },
    } as unknown as EngineApi);
    const k = await ensureEngineData();
    await ensureEngineData();
    void selectDataset('spiral');
    await ensureEngineData();
    expect(sent).toEqual([k, currentDatasetKey()]);
    expect(sent[0]).not.toBe(sent[1]);
    setEngineApi(null);
  });
});
