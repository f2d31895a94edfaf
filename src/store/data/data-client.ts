/**
 * The page's handle on the data service: in the data worker where the
 * browser has workers, otherwise on the page. Started on first use, so the
 * worker (and papaparse) costs nothing until data needs it.
 */
import * as Comlink from 'comlink';
import type { Dataset } from '../../core/data/dataset';
import type { MnistSpec, TableSpec } from '../../core/data/dataset-spec';
import type { Result } from '../../core/data/result';
import type { TableSummary } from '../../core/data/table';
import type { BuiltTable } from '../../core/data/table-build';
import { DataService } from './data-service';

/** What the data actions may call, wherever it runs. */
export interface DataApi {
  parseFile(file: Blob, name: string): Promise<Result<TableSummary>>;
  fetchTable(url: string, name: string): Promise<Result<TableSummary>>;
  hasTable(hash: string): Promise<boolean>;
  buildTable(spec: TableSpec): Promise<Result<BuiltTable>>;
  loadDigits(url: string): Promise<Result<number>>;
  buildDigits(spec: MnistSpec): Promise<Result<Dataset>>;
}

/** A DataService driven through the async DataApi (on the page, or in tests). */
export function localDataApi(service = new DataService()): DataApi {
  return {
    parseFile: (f, n) => service.parseFile(f, n),
    fetchTable: (u, n) => service.fetchTable(u, n),
    hasTable: async (h) => service.hasTable(h),
    buildTable: async (s) => service.buildTable(s),
    loadDigits: (u) => service.loadDigits(u),
    buildDigits: async (s) => service.buildDigits(s),
  };
}

let api: DataApi | null = null;

export function dataApi(): DataApi {
  if (!api) {
    api =
      typeof Worker === 'undefined'
        ? localDataApi()
        : (Comlink.wrap(
            new Worker(new URL('./data.worker.ts', import.meta.url), {
              type: 'module',
              name: 'data',
            }),
          ) as unknown as DataApi);
  }
  return api;
}

/** Replace the data service (tests). */
export function setDataApi(next: DataApi | null): void {
  api = next;
}

/** Absolute URL of a file shipped in public/, e.g. "data/iris.csv". */
export function assetUrl(path: string): string {
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return new URL(`${import.meta.env.BASE_URL}${path}`, base).href;
}
