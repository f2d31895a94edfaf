/**
 * The IndexedDB model library, on fake-indexeddb in Node: atomic saves,
 * rename / duplicate / delete with undo, upgrades of old records, and
 * refusals that leave what is saved untouched.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelArtifactsData } from '../core/io/model-files';
import type { OptimizerState } from '../core/io/optimizer-state';
import { history, sampleMeta } from '../core/io/testing';
import * as store from './model-store';

const artifacts = (fill: number): ModelArtifactsData => ({
  modelTopology: { class_name: 'Sequential', config: { layers: [] } },
  weightSpecs: [{ name: 'dense_1/kernel', shape: [2, 2], dtype: 'float32' }],
  weightData: new Float32Array([fill, fill, fill, fill]).buffer,
});
const optimizer: OptimizerState = {
  optimizer: 'adam',
  weightSpecs: [{ name: 'iter', shape: [], dtype: 'int32' }],
  weightData: new Int32Array([12]).buffer,
};
const names = async () => (await store.listModels()).models.map((m) => m.name).sort();
const firstWeight = async (name: string) =>
  new Float32Array((await store.readModel(name)).artifacts.weightData)[0];

beforeEach(() => {
  store.closeModelStore();
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('model store', () => {
  it('saves and reads back artifacts, optimizer state and metadata', async () => {
    const info = await store.saveModel(artifacts(1), optimizer, sampleMeta('a'), false);
    expect(info).toMatchObject({
      name: 'a',
      weightBytes: 16,
      optimizerBytes: 4,
      optimizerState: true,
    });
    const back = await store.readModel('a');
    expect(back.meta).toEqual(sampleMeta('a'));
    expect(new Float32Array(back.artifacts.weightData)).toEqual(new Float32Array([1, 1, 1, 1]));
    expect(new Int32Array(back.optimizer!.weightData)).toEqual(new Int32Array([12]));
    expect((await store.listModels()).models).toEqual([info]);
  });

  it('refuses to overwrite unless asked, and keeps the creation date when it does', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    await expect(store.saveModel(artifacts(2), null, sampleMeta('a'), false)).rejects.toThrow(
      'A model named "a" is already saved.',
    );
    expect(await firstWeight('a')).toBe(1);
    const later = {
      ...sampleMeta('a'),
      createdAt: '2030-01-01T00:00:00.000Z',
      savedAt: '2030-01-01T00:00:00.000Z',
    };
    const info = await store.saveModel(artifacts(2), null, later, true);
    expect(info.createdAt).toBe(sampleMeta().createdAt);
    expect(info.savedAt).toBe(later.savedAt);
    expect(await firstWeight('a')).toBe(2);
  });

  it('refuses a save the quota cannot hold, storing nothing', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 100, usage: 90 }) } });
    await expect(store.saveModel(artifacts(1), null, sampleMeta('a'), false)).rejects.toThrow(
      /Not enough browser storage: the model needs about \d+ bytes and 10 are free/,
    );
    vi.unstubAllGlobals();
    expect(await names()).toEqual([]);
  });

  it('renames atomically and refuses a taken name, losing nothing', async () => {
    await store.saveModel(artifacts(1), optimizer, sampleMeta('a'), false);
    await store.saveModel(artifacts(2), null, sampleMeta('b'), false);
    await expect(store.renameModel('a', 'b')).rejects.toThrow(
      'A model named "b" is already saved.',
    );
    expect(await names()).toEqual(['a', 'b']);
    expect(await firstWeight('a')).toBe(1);

    const renamed = await store.renameModel('a', 'c');
    expect(renamed).toMatchObject({
      name: 'c',
      createdAt: sampleMeta().createdAt,
      optimizerBytes: 4,
    });
    expect(await names()).toEqual(['b', 'c']);
    expect((await store.readModel('c')).meta.name).toBe('c');
    expect(await firstWeight('c')).toBe(1);
    await expect(store.readModel('a')).rejects.toThrow('No saved model is named "a".');
    await expect(store.renameModel('zz', 'y')).rejects.toThrow('No saved model is named "zz".');
  });

  it('duplicates under a new name with new dates', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    const copy = await store.duplicateModel('a', 'a (copy)');
    expect(copy.name).toBe('a (copy)');
    expect(copy.createdAt > sampleMeta().createdAt).toBe(true);
    expect(await names()).toEqual(['a', 'a (copy)']);
    expect(await firstWeight('a (copy)')).toBe(1);
  });

  it('deletes with undo until the next delete', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    await store.saveModel(artifacts(2), null, sampleMeta('b'), false);
    const tokenA = await store.deleteModel('a');
    expect(await names()).toEqual(['b']);
    expect(await store.modelExists('a')).toBe(false);
    await expect(store.undoDelete('a', 'wrong')).rejects.toThrow('"a" can no longer be restored.');
    await store.undoDelete('a', tokenA);
    expect(await names()).toEqual(['a', 'b']);
    expect(await firstWeight('a')).toBe(1);

    const again = await store.deleteModel('a');
    await store.deleteModel('b'); // purges "a" for good
    await expect(store.undoDelete('a', again)).rejects.toThrow('"a" can no longer be restored.');
    expect(await names()).toEqual([]);
  });

  it('cannot undo a delete once a new model took the name', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    const token = await store.deleteModel('a');
    await store.saveModel(artifacts(3), null, sampleMeta('a'), false);
    await expect(store.undoDelete('a', token)).rejects.toThrow(
      '"a" cannot be restored: another model has been saved under that name since.',
    );
    expect(await firstWeight('a')).toBe(3);
  });

  it('purges deletions from an earlier visit on start', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    const token = await store.deleteModel('a');
    store.closeModelStore(); // the page reloads
    expect(await names()).toEqual([]);
    await expect(store.undoDelete('a', token)).rejects.toThrow('"a" can no longer be restored.');
  });

  it('lists damaged records as such and reads format-1 records', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('good'), false);
    const d = await openDB(store.DB_NAME, 1);
    const m = sampleMeta('old');
    const v1 = {
      formatVersion: 1,
      name: 'old',
      savedAt: m.savedAt,
      dataset: m.dataset,
      network: { hidden: [{ id: 'h', kind: 'dense', units: 8, activation: 'tanh' }] },
      training: { optimizer: 'adam', learningRate: 0.03, batchSize: 16, epochs: 50, seed: 42 },
      history,
      backend: 'webgl',
      totalParams: 42,
    };
    await d.put('meta', { name: 'old', meta: v1, weightBytes: 16 });
    await d.put('artifacts', { ...artifacts(5), name: 'old' });
    await d.put('meta', {
      name: 'broken',
      meta: { formatVersion: 2, name: 'broken' },
      weightBytes: 16,
    });
    await d.put('artifacts', { ...artifacts(6), name: 'broken' });
    d.close();

    const lib = await store.listModels();
    expect(lib.models.map((m) => m.name).sort()).toEqual(['good', 'old']);
    expect(lib.damaged).toEqual([
      { name: 'broken', problem: expect.stringMatching(/^createdAt: /) },
    ]);
    const old = await store.readModel('old');
    expect(old.meta.network.layers).toHaveLength(1);
    expect(old.optimizer).toBeNull();
    await expect(store.readModel('broken')).rejects.toThrow(
      /The saved record for "broken" is damaged: createdAt/,
    );
    // A damaged record can still be deleted.
    await store.deleteModel('broken');
    expect((await store.listModels()).damaged).toEqual([]);
  });
});
