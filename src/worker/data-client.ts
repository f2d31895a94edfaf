/**
 * The page's handle on the data service: in the data worker where the
 * browser has workers, otherwise on the page. Started on first use, so the
 * worker (and papaparse) costs nothing until data needs it. Driven the same
 * way as the engine (connect.ts), so callers never know where it runs.
 */
import { currentLanguage } from '../i18n';
import { pageApi, workerApi } from './connect';
import { DataService } from './data-service';
import type { DataApi } from './protocol';

/** A DataService driven through the async DataApi (on the page, or in tests). */
export function localDataApi(service = new DataService()): DataApi {
  return pageApi(service);
}

let api: DataApi | null = null;

export function dataApi(): DataApi {
  if (!api) {
    api = startDataApi();
    void api.setLanguage(currentLanguage());
  }
  return api;
}

/** The data service if it has started; null before data first needed it. */
export const startedDataApi = (): DataApi | null => api;

function startDataApi(): DataApi {
  return typeof Worker === 'undefined'
    ? localDataApi()
    : workerApi<DataService>(
        new Worker(new URL('./data.worker.ts', import.meta.url), {
          type: 'module',
          name: 'data',
        }),
      );
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
