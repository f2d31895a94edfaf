/**
 * The model store when the browser's storage fails: refused, absent, full
 * midway through a save. Nothing half-written stays, an old model survives
 * a failed overwrite, and every message is worded, never the raw text.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelArtifactsData } from '../core/io/model-files';
import { sampleMeta } from '../core/io/testing';
import * as store from './model-store';

const artifacts = (fill: number): ModelArtifactsData => ({
  modelTopology: { class_name: 'Sequential', config: { layers: [] } },
  weightSpecs: [{ name: 'dense_1/kernel', shape: [2, 2], dtype: 'float32' }],
  weightData: new Float32Array([fill, fill, fill, fill]).buffer,
});
/** Every key in both stores, read past the store's own checks. */
async function rawKeys(): Promise<string[]> {
  const d = await openDB(store.DB_NAME);
  const keys = [...(await d.getAllKeys('artifacts')), ...(await d.getAllKeys('meta'))];
  d.close();
  return keys.map(String);
}
const quota = () => new DOMException('raw quota text', 'QuotaExceededError');

/** Make the next put into `storeName` fail with `error`, after earlier puts went through. */
function failPutInto(storeName: string, error: () => Error) {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<typeof put>
  ) {
    if (this.name === storeName) throw error();
    return put.apply(this, args);
  });
}

beforeEach(() => {
  store.closeModelStore();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('model store faults', () => {
  it('a save that fails after the weights were written leaves no entry', async () => {
    failPutInto('meta', quota);
    const saving = store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    await expect(saving).rejects.toThrow(
      /^The browser's storage for this site is full\. The model is still here: download it as a \.zip/,
    );
    await expect(saving).rejects.not.toThrow('raw quota text');
    vi.restoreAllMocks();
    expect(await rawKeys()).toEqual([]);
    expect((await store.listModels()).models).toEqual([]);
    await expect(store.readModel('a')).rejects.toThrow('No saved model is named "a".');
  });

  it('a failed overwrite keeps the old model intact', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    failPutInto('meta', quota);
    await expect(store.saveModel(artifacts(2), null, sampleMeta('a'), true)).rejects.toThrow(
      /storage for this site is full/,
    );
    vi.restoreAllMocks();
    const back = await store.readModel('a');
    expect(new Float32Array(back.artifacts.weightData)[0]).toBe(1);
  });

  it('a refused database gives the worded message, and the next call tries again', async () => {
    const open = vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('raw refusal', 'SecurityError');
    });
    await expect(store.saveModel(artifacts(1), null, sampleMeta('a'), false)).rejects.toThrow(
      'Your browser refused storage (private window, or site data blocked?). The model is still here: download it as a .zip.',
    );
    await expect(store.listModels()).rejects.toThrow(/^Your browser refused storage/);
    open.mockRestore();
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    expect((await store.listModels()).models.map((m) => m.name)).toEqual(['a']);
  });

  it('a browser without IndexedDB says so', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(store.saveModel(artifacts(1), null, sampleMeta('a'), false)).rejects.toThrow(
      /^This browser offers no storage to this page \(IndexedDB is unavailable\)\. The model is still here/,
    );
  });

  it('a name taken since the list was read is refused inside the write', async () => {
    await store.saveModel(artifacts(1), null, sampleMeta('a'), false);
    // Another tab's connection, same database: it saved "a" first.
    await expect(store.saveModel(artifacts(2), null, sampleMeta('a'), false)).rejects.toThrow(
      'A model named "a" is already saved.',
    );
    const back = await store.readModel('a');
    expect(new Float32Array(back.artifacts.weightData)[0]).toBe(1);
  });
});
