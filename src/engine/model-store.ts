/**
 * Saved models in IndexedDB: our own database, with the tfjs artifacts (and
 * the optimizer state, when saved) and the metadata in separate stores,
 * always written together in ONE transaction that we await to completion
 * (tfjs's indexeddb:// handler resolves before the transaction commits, so a
 * quota failure can look like success). A rename is a copy and a delete in
 * one transaction, so it cannot lose the model halfway. Deleting only marks
 * the record, so it can be undone until the next delete or the next start.
 * Every record read back is checked before use. A storage failure (refused,
 * absent, full, blocked by another tab) becomes one worded message
 * (core/io/storage-fault.ts); the open connection is dropped so the next
 * call tries again.
 */
import { formatInt } from '../core/format';
import { t } from '../i18n';
import type { IDBPTransaction } from 'idb';
import { checkWeightBytes, type ModelArtifactsData } from '../core/io/model-files';
import {
  parseModelMeta,
  savedModelInfo,
  type DamagedModelInfo,
  type ModelMeta,
  type SavedModelInfo,
} from '../core/io/model-meta';
import type { OptimizerState } from '../core/io/optimizer-state';
import {
  db,
  guarded,
  purgeDeleted,
  StoreRefusal,
  type PlaygroundDB,
  type StoredMeta,
} from './model-db';
import type { Library } from '../worker/protocol';

export { closeModelStore, DB_NAME } from './model-db';

export interface SavedModel {
  artifacts: ModelArtifactsData;
  optimizer: OptimizerState | null;
  meta: ModelMeta;
}

/** Refuse early when the browser reports too little free space. */
async function checkQuota(bytes: number): Promise<void> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  if (!estimate?.quota) return;
  const free = estimate.quota - (estimate.usage ?? 0);
  if (free < bytes * 2) {
    throw new StoreRefusal(
      t('engine:store.quota', { need: formatInt(bytes), free: formatInt(free) }),
    );
  }
}

const optimizerBytes = (o: OptimizerState | null | undefined): number =>
  o?.weightData.byteLength ?? 0;

const isLive = (row: StoredMeta | undefined): row is StoredMeta => !!row && !row.deleted;

function checkMeta(name: string, raw: unknown): ModelMeta {
  const parsed = parseModelMeta(raw);
  if (!parsed.ok) throw new StoreRefusal(t('engine:store.damaged', { name, error: parsed.error }));
  return parsed.value;
}

type WriteTx = IDBPTransaction<PlaygroundDB, ['artifacts', 'meta'], 'readwrite'>;

/**
 * Run `work` in one readwrite transaction over both stores and wait until it
 * commits. If `work` throws, the transaction is aborted: nothing it wrote stays.
 */
async function inTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = (await db()).transaction(['artifacts', 'meta'], 'readwrite');
  let result: T;
  try {
    result = await work(tx);
  } catch (e) {
    tx.done.catch(() => undefined); // rejects with AbortError, which we report below instead
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser.
    }
    throw e;
  }
  try {
    await tx.done;
  } catch (e) {
    // An aborted commit carries its reason (a full quota) on the transaction.
    throw (e as { target?: { error?: unknown } })?.target?.error ?? tx.error ?? e;
  }
  return result;
}

async function liveMeta(tx: WriteTx, name: string): Promise<StoredMeta> {
  const row = await tx.objectStore('meta').get(name);
  if (!isLive(row)) throw new StoreRefusal(t('engine:store.noSuch', { name }));
  return row;
}

async function refuseTaken(tx: WriteTx, name: string): Promise<void> {
  if (isLive(await tx.objectStore('meta').get(name))) {
    throw new StoreRefusal(t('engine:store.exists', { name }));
  }
}

export function modelExists(name: string): Promise<boolean> {
  return guarded('library', async () => isLive(await (await db()).get('meta', name)));
}

/**
 * Store a model atomically, then read it back to prove it is there.
 * @param replace overwrite a saved model of the same name (keeping its creation date)
 */
export function saveModel(
  artifacts: ModelArtifactsData,
  optimizer: OptimizerState | null,
  meta: ModelMeta,
  replace: boolean,
): Promise<SavedModelInfo> {
  return guarded('save', () => writeModel(artifacts, optimizer, meta, replace));
}

async function writeModel(
  artifacts: ModelArtifactsData,
  optimizer: OptimizerState | null,
  meta: ModelMeta,
  replace: boolean,
): Promise<SavedModelInfo> {
  const weightBytes = artifacts.weightData.byteLength;
  const extraBytes = optimizerBytes(optimizer);
  await checkQuota(weightBytes + extraBytes + JSON.stringify(artifacts.modelTopology).length);
  const written = await inTransaction(async (tx) => {
    const old = await tx.objectStore('meta').get(meta.name);
    let record = meta;
    if (isLive(old)) {
      if (!replace) throw new StoreRefusal(t('engine:store.exists', { name: meta.name }));
      const before = parseModelMeta(old.meta);
      if (before.ok) record = { ...meta, createdAt: before.value.createdAt };
    }
    await tx.objectStore('artifacts').put({ ...artifacts, optimizer, name: meta.name });
    await tx.objectStore('meta').put({
      name: meta.name,
      meta: record,
      weightBytes,
      optimizerBytes: extraBytes,
    });
    return record;
  });
  const d = await db();
  const [back, row] = await Promise.all([d.get('artifacts', meta.name), d.get('meta', meta.name)]);
  if (
    back?.weightData.byteLength !== weightBytes ||
    optimizerBytes(back.optimizer) !== extraBytes ||
    !isLive(row)
  ) {
    throw new StoreRefusal(t('engine:store.notReadBack'));
  }
  return savedModelInfo(written, weightBytes, extraBytes);
}

/** Saved models (newest first), and the records that fail their checks. */
export function listModels(): Promise<Library> {
  return guarded('library', readLibrary);
}

async function readLibrary(): Promise<Library> {
  const rows = (await (await db()).getAll('meta')).filter(isLive);
  const models: SavedModelInfo[] = [];
  const damaged: DamagedModelInfo[] = [];
  for (const r of rows) {
    const parsed = parseModelMeta(r.meta);
    if (parsed.ok) models.push(savedModelInfo(parsed.value, r.weightBytes, r.optimizerBytes ?? 0));
    else damaged.push({ name: r.name, problem: parsed.error });
  }
  models.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { models, damaged };
}

/** Read and check a saved model's artifacts, optimizer state and metadata. */
export function readModel(name: string): Promise<SavedModel> {
  return guarded('library', () => readChecked(name));
}

async function readChecked(name: string): Promise<SavedModel> {
  const d = await db();
  const [artifacts, row] = await Promise.all([d.get('artifacts', name), d.get('meta', name)]);
  if (!artifacts || !isLive(row)) throw new StoreRefusal(t('engine:store.noSuch', { name }));
  const meta = checkMeta(name, row.meta);
  const bytes = checkWeightBytes(artifacts.weightSpecs, artifacts.weightData.byteLength);
  if (bytes) throw new StoreRefusal(t('engine:store.weightsDamaged', { name, error: bytes }));
  const { optimizer, ...stored } = artifacts;
  const model: ModelArtifactsData & { name?: string } = stored;
  delete model.name;
  const optimizerOk =
    optimizer && !checkWeightBytes(optimizer.weightSpecs, optimizer.weightData.byteLength);
  return { artifacts: model, optimizer: optimizerOk ? optimizer : null, meta };
}

/** Copy `from` to a new record `to`, optionally removing `from`, in one transaction. */
async function copyModel(from: string, to: string, remove: boolean): Promise<SavedModelInfo> {
  if (from === to) throw new StoreRefusal(t('engine:store.sameName', { name: to }));
  const d = await db();
  const size = (await d.get('meta', from))?.weightBytes ?? 0;
  if (!remove) await checkQuota(size);
  return inTransaction(async (tx) => {
    const row = await liveMeta(tx, from);
    const artifacts = await tx.objectStore('artifacts').get(from);
    if (!artifacts) throw new StoreRefusal(t('engine:store.weightsMissing', { name: from }));
    await refuseTaken(tx, to);
    const now = new Date().toISOString();
    const old = checkMeta(from, row.meta);
    const meta: ModelMeta = remove
      ? { ...old, name: to }
      : { ...old, name: to, createdAt: now, savedAt: now };
    await tx.objectStore('artifacts').put({ ...artifacts, name: to });
    await tx.objectStore('meta').put({ ...row, name: to, meta });
    if (remove) {
      await tx.objectStore('artifacts').delete(from);
      await tx.objectStore('meta').delete(from);
    }
    return savedModelInfo(meta, row.weightBytes, row.optimizerBytes ?? 0);
  });
}

/** Rename a saved model; the name must be free. Atomic: on failure the old one stays. */
export function renameModel(from: string, to: string): Promise<SavedModelInfo> {
  return guarded('library', () => copyModel(from, to, true));
}

/** Save a copy of a model under a new, free name. */
export function duplicateModel(name: string, to: string): Promise<SavedModelInfo> {
  return guarded('library', () => copyModel(name, to, false));
}

/**
 * Delete a model so that it can be restored with the returned token until
 * the next delete or the next start (earlier deletions are purged now).
 */
export function deleteModel(name: string): Promise<string> {
  return guarded('library', async () => {
    const token = crypto.randomUUID();
    await purgeDeleted(await db());
    await inTransaction(async (tx) => {
      const row = await liveMeta(tx, name);
      await tx
        .objectStore('meta')
        .put({ ...row, deleted: { at: new Date().toISOString(), token } });
    });
    return token;
  });
}

/** Bring back a model deleted with `token`. */
export function undoDelete(name: string, token: string): Promise<void> {
  return guarded('library', () => restoreDeleted(name, token));
}

async function restoreDeleted(name: string, token: string): Promise<void> {
  await inTransaction(async (tx) => {
    const row = await tx.objectStore('meta').get(name);
    if (row?.deleted?.token !== token) {
      throw new StoreRefusal(
        isLive(row)
          ? t('engine:store.restoreTaken', { name })
          : t('engine:store.restoreGone', { name }),
      );
    }
    const live = { ...row };
    delete live.deleted;
    await tx.objectStore('meta').put(live);
  });
}
