/**
 * How the page drives a service that runs in a Web Worker or on the page
 * itself: through comlink in a worker, and through the same async interface
 * on the page, so nothing above the clients knows where a service runs.
 * Each client still writes its own `new Worker(new URL(...))`, because the
 * bundler finds worker entries only in that literal form.
 */
import * as Comlink from 'comlink';

/** Drive a service exposed with `Comlink.expose` in `worker`. */
export function workerApi<T>(worker: Worker): Comlink.Remote<T> {
  return Comlink.wrap<T>(worker);
}

/** Drive an in-page service through the same async interface as a remote one. */
export function pageApi<T extends object>(service: T): Comlink.Remote<T> {
  return new Proxy(service, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => Promise.resolve(value.apply(target, args));
    },
  }) as unknown as Comlink.Remote<T>;
}

/** Stop a worker started for `workerApi` and let go of its proxy. */
export function closeWorker<T>(api: Comlink.Remote<T>, worker: Worker): void {
  api[Comlink.releaseProxy]();
  worker.terminate();
}
