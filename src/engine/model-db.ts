/**
 * The model library's IndexedDB connection: the schema, opening it (with a
 * worded refusal when the browser has no IndexedDB, refuses it, or another
 * tab blocks the upgrade), dropping it so the next call opens it again, and
 * the one wrapper that turns a storage failure into the user's message.
 * The records themselves are read and written by model-store.ts.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ModelArtifactsData } from '../core/io/model-files';
import type { OptimizerState } from '../core/io/optimizer-state';
import {
  describeStorageFault,
  STORAGE_ABSENT,
  STORAGE_BLOCKED,
  storageFault,
  type StorageSubject,
} from '../core/io/storage-fault';

export interface StoredArtifacts extends ModelArtifactsData {
  name: string;
  /** Absent in records from before optimizer state could be saved. */
  optimizer?: OptimizerState | null;
}

export interface StoredMeta {
  name: string;
  /** Checked by parseModelMeta on every read. */
  meta: unknown;
  weightBytes: number;
  optimizerBytes?: number;
  /** Set while a deleted model can still be restored. */
  deleted?: { at: string; token: string };
}

export interface PlaygroundDB extends DBSchema {
  artifacts: { key: string; value: StoredArtifacts };
  meta: { key: string; value: StoredMeta };
}

export const DB_NAME = 'nn-playground';
const DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<PlaygroundDB>> | null = null;

function open(): Promise<IDBPDatabase<PlaygroundDB>> {
  if (!globalThis.indexedDB) {
    return Promise.reject(storageFault(STORAGE_ABSENT, 'indexedDB is not available'));
  }
  return new Promise((resolve, reject) => {
    openDB<PlaygroundDB>(DB_NAME, DB_VERSION, {
      upgrade(d) {
        d.createObjectStore('artifacts', { keyPath: 'name' });
        d.createObjectStore('meta', { keyPath: 'name' });
      },
      // Waiting would hang every save until the other tab closes: say so instead.
      blocked: () => reject(storageFault(STORAGE_BLOCKED, 'upgrade blocked')),
      // Another tab upgrades: let it, and open again on the next call.
      blocking() {
        void dbPromise?.then((d) => d.close());
        dbPromise = null;
      },
      terminated() {
        dbPromise = null;
      },
    }).then(resolve, reject);
  });
}

export function db(): Promise<IDBPDatabase<PlaygroundDB>> {
  dbPromise ??= open()
    .then(async (d) => {
      // Deletions from an earlier visit can no longer be undone: free their space.
      await purgeDeleted(d);
      return d;
    })
    .catch((e: unknown) => {
      dbPromise = null;
      throw e;
    });
  return dbPromise;
}

/** Forget the open connection (tests, after deleting the database). */
export function closeModelStore(): void {
  void dbPromise?.then((d) => d.close()).catch(() => undefined);
  dbPromise = null;
}

/** A refusal of ours (name taken, record missing): its message goes to the user as is. */
export class StoreRefusal extends Error {}

/** Run `work`; a storage failure becomes the worded message for `subject`. */
export async function guarded<T>(subject: StorageSubject, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof StoreRefusal) throw e;
    throw new Error(describeStorageFault(e, subject));
  }
}

/** Remove every record marked deleted. */
export async function purgeDeleted(d: IDBPDatabase<PlaygroundDB>): Promise<void> {
  const tx = d.transaction(['artifacts', 'meta'], 'readwrite');
  const rows = await tx.objectStore('meta').getAll();
  await Promise.all(
    rows
      .filter((r) => r.deleted)
      .flatMap((r) => [
        tx.objectStore('meta').delete(r.name),
        tx.objectStore('artifacts').delete(r.name),
      ]),
  );
  await tx.done;
}
