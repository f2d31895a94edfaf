/**
 * How the page drives a service that runs in a Web Worker or on the page
 * itself: through comlink in a worker, and through the same async interface
 * on the page, so nothing above the clients knows where a service runs.
 * Each client still writes its own `new Worker(new URL(...))`, because the
 * bundler finds worker entries only in that literal form.
 */
import { t } from '../i18n';
import * as Comlink from 'comlink';

/** What a call still waiting on a worker's answer fails with once the worker is closed. */
export class ServiceClosedError extends Error {
  constructor() {
    super(t('engine:client.serviceStopped'));
    this.name = 'ServiceClosedError';
  }
}

/** Per worker started through `workerApi`: fails the calls still waiting once it is closed. */
const closers = new WeakMap<Worker, () => void>();

/**
 * Drive a service exposed with `Comlink.expose` in `worker`. A terminated
 * worker never answers, so the calls still waiting fail with
 * ServiceClosedError when the worker is closed instead of waiting for ever.
 * A settled call is forgotten at once: nothing is kept per call.
 */
export function workerApi<T>(worker: Worker): Comlink.Remote<T> {
  const remote = Comlink.wrap<T>(worker);
  const waiting = new Set<(e: Error) => void>();
  let closed = false;
  closers.set(worker, () => {
    closed = true;
    for (const reject of waiting) reject(new ServiceClosedError());
    waiting.clear();
  });
  return new Proxy(remote, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof key === 'symbol' || key === 'then' || typeof value !== 'function') return value;
      const call = value as (...a: unknown[]) => Promise<unknown>;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          if (closed) return reject(new ServiceClosedError());
          waiting.add(reject);
          call(...args)
            .then(resolve, reject)
            .finally(() => waiting.delete(reject));
        });
    },
  });
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
  closers.get(worker)?.();
  api[Comlink.releaseProxy]();
  worker.terminate();
}
