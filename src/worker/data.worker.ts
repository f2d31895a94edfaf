/**
 * The data worker: hosts a DataService off the main thread, so a 50 MB CSV
 * or the digits asset never freezes the page. Datasets come back with their
 * buffers transferred, not copied.
 */
// First: zod must be told before any schema exists (see the module).
import '../core/zod-jitless';
import * as Comlink from 'comlink';
import { datasetBuffers, type Dataset } from '../core/data/dataset';
import type { Result } from '../core/data/result';
import { DataService } from './data-service';

const service = new DataService();

/** A result whose dataset's buffers move to the page instead of being copied. */
function transferred<T>(r: Result<T>, dataset: (v: T) => Dataset): Result<T> {
  return r.ok ? Comlink.transfer(r, datasetBuffers(dataset(r.value))) : r;
}

// The same methods as the service, so the page drives either one alike.
const api: Pick<DataService, keyof DataService> = {
  setLanguage: (language) => service.setLanguage(language),
  parseFile: (file, name) => service.parseFile(file, name),
  fetchTable: (url, name) => service.fetchTable(url, name),
  hasTable: (hash) => service.hasTable(hash),
  buildTable: (spec) => transferred(service.buildTable(spec), (v) => v.dataset),
  loadDigits: (url) => service.loadDigits(url),
  buildDigits: (spec) => transferred(service.buildDigits(spec), (v) => v),
};

Comlink.expose(api);
