/**
 * The recorded runs in this browser's IndexedDB, in a database of their own
 * (not the model library's). Each run is stored twice in one transaction:
 * the full record, read only when its history is wanted, and a small
 * summary, read to list the runs. Both are checked on every read; this
 * module never decides what to keep (actions/runs.ts does). A storage
 * failure comes out as a StorageFailure with the worded message, and the
 * connection is dropped so the next call tries again. Every write is
 * announced to the other tabs.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RunRecord } from '../../core/experiments/run-record';
import {
  runSummarySchema,
  summarizeRun,
  type RunSummary,
} from '../../core/experiments/run-summary';
import { firstIssue, upgradeRunRecord } from '../../core/experiments/run-upgrade';
import type { Result } from '../../core/data/result';
import {
  describeStorageFault,
  STORAGE_ABSENT,
  STORAGE_BLOCKED,
  storageFault,
} from '../../core/io/storage-fault';
import type { DamagedRun } from '../slices/runs-slice';
import { announce } from '../sync/tab-channel';

interface RunsDB extends DBSchema {
  /** Full records; checked by upgradeRunRecord on every read. */
  records: { key: string; value: unknown };
  /** One summary per record, under the same id. */
  summaries: { key: string; value: unknown };
  /** The highest run number given out, so "Run N" is never reused. */
  counters: { key: string; value: number };
}

export const RUNS_DB_NAME = 'nn-playground-runs';
const RUNS_DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<RunsDB>> | null = null;

function open(): Promise<IDBPDatabase<RunsDB>> {
  if (!globalThis.indexedDB) {
    return Promise.reject(storageFault(STORAGE_ABSENT, 'indexedDB is not available'));
  }
  return new Promise((resolve, reject) => {
    openDB<RunsDB>(RUNS_DB_NAME, RUNS_DB_VERSION, {
      upgrade(d) {
        d.createObjectStore('records');
        d.createObjectStore('summaries');
        d.createObjectStore('counters');
      },
      blocked: () => reject(storageFault(STORAGE_BLOCKED, 'upgrade blocked')),
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

function db(): Promise<IDBPDatabase<RunsDB>> {
  dbPromise ??= open().catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

/** Forget the open connection (tests, after replacing the database). */
export function closeRunsDb(): void {
  void dbPromise?.then((d) => d.close()).catch(() => undefined);
  dbPromise = null;
}

/** The browser's storage failed; the message says so in words. */
export class StorageFailure extends Error {}

/** Run `work`; a storage failure becomes a StorageFailure with the worded message. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw new StorageFailure(describeStorageFault(e, 'runs'));
  }
}

/** Approximate stored size of a record: its JSON length. */
export const recordBytes = (r: RunRecord): number => JSON.stringify(r).length;

/** The run number after the highest one given out (or `atLeast`, if higher); remembered. */
export function nextRunNumber(atLeast = 1): Promise<number> {
  return guarded(async () => {
    const d = await db();
    const tx = d.transaction('counters', 'readwrite');
    const last = (await tx.store.get('run')) ?? 0;
    const next = Math.max(last + 1, atLeast);
    await tx.store.put(next, 'run');
    await tx.done;
    return next;
  });
}

/** The highest run number given out so far (0 before the first). */
export function lastRunNumber(): Promise<number> {
  return guarded(async () => (await (await db()).get('counters', 'run')) ?? 0);
}

/** Write whole records (new or replacing), with their summaries, all or none. */
export function putRuns(records: readonly RunRecord[]): Promise<RunSummary[]> {
  return guarded(async () => {
    const d = await db();
    const tx = d.transaction(['records', 'summaries'], 'readwrite');
    const out = records.map((r) => summarizeRun(r, recordBytes(r)));
    await Promise.all([
      ...records.map((r) => tx.objectStore('records').put(r, r.id)),
      ...out.map((s) => tx.objectStore('summaries').put(s, s.id)),
      tx.done,
    ]);
    announce('runs');
    return out;
  });
}

/** Every stored summary that passes its check (in no order), and the ones that do not. */
export function listRuns(): Promise<{ summaries: RunSummary[]; damaged: DamagedRun[] }> {
  return guarded(readSummaries);
}

async function readSummaries(): Promise<{ summaries: RunSummary[]; damaged: DamagedRun[] }> {
  const d = await db();
  const tx = d.transaction('summaries');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const summaries: RunSummary[] = [];
  const damaged: DamagedRun[] = [];
  keys.forEach((id, i) => {
    const parsed = runSummarySchema.safeParse(values[i]);
    if (parsed.success) summaries.push(parsed.data as RunSummary);
    else damaged.push({ id, error: firstIssue(parsed.error) });
  });
  return { summaries, damaged };
}

/** The record stored under `id`, checked and upgraded; null when there is none. */
export function readRun(id: string): Promise<Result<RunRecord> | null> {
  return guarded(async () => {
    const raw = await (await db()).get('records', id);
    return raw === undefined ? null : upgradeRunRecord(raw);
  });
}

/** Remove records and their summaries, all or none. */
export function deleteRuns(ids: readonly string[]): Promise<void> {
  return guarded(async () => {
    const d = await db();
    const tx = d.transaction(['records', 'summaries'], 'readwrite');
    await Promise.all([
      ...ids.flatMap((id) => [
        tx.objectStore('records').delete(id),
        tx.objectStore('summaries').delete(id),
      ]),
      tx.done,
    ]);
    announce('runs');
  });
}
