/** A fresh, empty browser storage for each store test of the runs (not imported by the app). */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { resetStore } from '../store';
import { closeRunsDb } from './run-db';

export function freshRunsDb(): void {
  closeRunsDb();
  globalThis.indexedDB = new IDBFactory();
  resetStore();
}

/** A reload: the page's state is gone, the browser's storage stays. */
export function reloadPage(): void {
  closeRunsDb();
  resetStore();
}
