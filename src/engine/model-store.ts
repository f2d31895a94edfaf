/**
 * Saved models in IndexedDB: our own database, with the tfjs artifacts and
 * the metadata in separate stores written in ONE transaction that we await
 * to completion (tfjs's indexeddb:// handler resolves before the transaction
 * commits, so a quota failure can look like success). Every record read back
 * is checked before use.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { checkWeightBytes, type ModelArtifactsData } from '../core/io/model-files';
import {
  modelMetaSchema,
  savedModelInfo,
  type ModelMeta,
  type SavedModelInfo,
} from '../core/io/model-meta';

interface StoredArtifacts extends ModelArtifactsData {
  name: string;
}

interface StoredMeta {
  name: string;
  meta: unknown;
  weightBytes: number;
}

interface PlaygroundDB extends DBSchema {
  artifacts: { key: string; value: StoredArtifacts };
  meta: { key: string; value: StoredMeta };
}

export const DB_NAME = 'nn-playground';
const DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<PlaygroundDB>> | null = null;

function db(): Promise<IDBPDatabase<PlaygroundDB>> {
  dbPromise ??= openDB<PlaygroundDB>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      d.createObjectStore('artifacts', { keyPath: 'name' });
      d.createObjectStore('meta', { keyPath: 'name' });
    },
  });
  return dbPromise;
}

function describeStorageError(e: unknown): string {
  const err = e as { name?: string; message?: string } | null;
  if (err?.name === 'QuotaExceededError') {
    return 'The browser refused to store the model: its storage quota is full. Delete saved models or free space, then try again.';
  }
  return `Saving to the browser failed: ${err?.message ?? String(e)}`;
}

/** Refuse early when the browser reports too little free space. */
async function checkQuota(bytes: number): Promise<void> {
  const estimate = await navigator.storage?.estimate?.();
  if (!estimate?.quota) return;
  const free = estimate.quota - (estimate.usage ?? 0);
  if (free < bytes * 2) {
    throw new Error(
      `Not enough browser storage: the model needs about ${bytes.toLocaleString('en-US')} bytes and ${free.toLocaleString('en-US')} are free.`,
    );
  }
}

export async function modelExists(name: string): Promise<boolean> {
  return (await (await db()).getKey('meta', name)) !== undefined;
}

/** Store a model atomically, then read it back to prove it is there. */
export async function saveModel(
  artifacts: ModelArtifactsData,
  meta: ModelMeta,
): Promise<SavedModelInfo> {
  const weightBytes = artifacts.weightData.byteLength;
  await checkQuota(weightBytes + JSON.stringify(artifacts.modelTopology).length);
  const d = await db();
  try {
    const tx = d.transaction(['artifacts', 'meta'], 'readwrite');
    await Promise.all([
      tx.objectStore('artifacts').put({ ...artifacts, name: meta.name }),
      tx.objectStore('meta').put({ name: meta.name, meta, weightBytes }),
      tx.done,
    ]);
  } catch (e) {
    throw new Error(describeStorageError(e));
  }
  const back = await d.get('artifacts', meta.name);
  if (back?.weightData.byteLength !== weightBytes) {
    throw new Error('The browser reported the model saved, but it could not be read back.');
  }
  return savedModelInfo(meta, weightBytes);
}

/** Saved models, newest first. Records that fail their schema are listed as damaged. */
export async function listModels(): Promise<SavedModelInfo[]> {
  const rows = await (await db()).getAll('meta');
  return rows
    .map((r) => {
      const parsed = modelMetaSchema.safeParse(r.meta);
      return parsed.success ? savedModelInfo(parsed.data, r.weightBytes) : null;
    })
    .filter((r): r is SavedModelInfo => r !== null)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Read and check a saved model's artifacts and metadata. */
export async function readModel(
  name: string,
): Promise<{ artifacts: ModelArtifactsData; meta: ModelMeta }> {
  const d = await db();
  const [artifacts, row] = await Promise.all([d.get('artifacts', name), d.get('meta', name)]);
  if (!artifacts || !row) throw new Error(`No saved model is named "${name}".`);
  const parsed = modelMetaSchema.safeParse(row.meta);
  if (!parsed.success) {
    throw new Error(
      `The saved record for "${name}" is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
    );
  }
  const bytes = checkWeightBytes(artifacts.weightSpecs, artifacts.weightData.byteLength);
  if (bytes) throw new Error(`The saved weights for "${name}" are damaged: ${bytes}`);
  return { artifacts, meta: parsed.data };
}

export async function deleteModel(name: string): Promise<void> {
  const tx = (await db()).transaction(['artifacts', 'meta'], 'readwrite');
  await Promise.all([
    tx.objectStore('artifacts').delete(name),
    tx.objectStore('meta').delete(name),
    tx.done,
  ]);
}
