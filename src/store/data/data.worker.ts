/**
 * The data worker: hosts a DataService off the main thread, so a 50 MB CSV
 * or the digits asset never freezes the page. Datasets come back with their
 * buffers transferred, not copied.
 */
import * as Comlink from 'comlink';
import { datasetBuffers, type Dataset } from '../../core/data/dataset';
import type { MnistSpec, TableSpec } from '../../core/data/dataset-spec';
import type { Result } from '../../core/data/result';
import { DataService } from './data-service';

const service = new DataService();

/** A result whose dataset's buffers move to the page instead of being copied. */
function transferred<T>(r: Result<T>, dataset: (v: T) => Dataset): Result<T> {
  return r.ok ? Comlink.transfer(r, datasetBuffers(dataset(r.value))) : r;
}

const api = {
  parseFile: (file: Blob, name: string) => service.parseFile(file, name),
  fetchTable: (url: string, name: string) => service.fetchTable(url, name),
  hasTable: (hash: string) => service.hasTable(hash),
  buildTable: (spec: TableSpec) => transferred(service.buildTable(spec), (v) => v.dataset),
  loadDigits: (url: string) => service.loadDigits(url),
  buildDigits: (spec: MnistSpec) => transferred(service.buildDigits(spec), (v) => v),
};

export type DataWorkerApi = typeof api;

Comlink.expose(api);
