/**
 * The page's side of the engine: starts it in a Web Worker where that worker
 * can use WebGL (OffscreenCanvas), otherwise on the page where WebGL works
 * there, otherwise on the CPU, and says which in `EngineHandle`.
 *
 * Both placements are driven through the same async interface, so nothing
 * above this file knows where the engine runs.
 */
import { t } from '../i18n';
import { currentLanguage } from '../i18n';
import { closeWorker, pageApi, workerApi } from './connect';
import { installFaultHooks } from './fault-hooks';
import {
  type BackendInfo,
  type BackendPreference,
  type EngineApi,
  type EngineMode,
  type EngineProtocol,
} from './protocol';

export interface EngineHandle {
  api: EngineApi;
  mode: EngineMode;
  info: BackendInfo;
  /** A line for the status bar when the engine is not where it would prefer to be. */
  note: string | null;
  /** Stop the engine for good (its worker is terminated); absent for an engine a test made. */
  close?: () => void;
  /** `listener` hears, once, that the engine's worker crashed (its `error` event), with the error. */
  onCrash?: (listener: (message: string) => void) => void;
}

export interface EngineOptions {
  /** Force a placement (e.g. `?engine=page`); default: worker when it has WebGL. */
  mode?: EngineMode;
  /** A backend pinned by `?backend=`; default Auto (which starts on WebGL where it can). */
  backend?: BackendPreference;
  /** What pinned `backend`, for the status note; default `?backend=<id>`. */
  pinnedBy?: string;
}

async function startOnPage(
  backend: BackendPreference,
): Promise<{ api: EngineApi; info: BackendInfo; dispose: () => void }> {
  const { Engine } = await import('../engine/engine');
  const engine = new Engine();
  const info = await engine.init(backend);
  return { api: pageApi<EngineProtocol>(engine), info, dispose: () => engine.dispose() };
}

/** An engine on the page cannot crash apart from the page. */
const onPage = (dispose: () => void): Pick<EngineHandle, 'close' | 'onCrash'> => ({
  close: dispose,
  onCrash: () => undefined,
});

function startWorker(): { api: EngineApi; worker: Worker } {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
  installFaultHooks(worker);
  const api = workerApi<EngineProtocol>(worker);
  void api.setLanguage(currentLanguage());
  return { api, worker };
}

function inWorker(api: EngineApi, worker: Worker): Pick<EngineHandle, 'close' | 'onCrash'> {
  return {
    close: () => closeWorker(api, worker),
    onCrash: (listener) =>
      worker.addEventListener(
        'error',
        (ev) => listener(ev.message || t('engine:client.workerError')),
        { once: true },
      ),
  };
}

export async function startEngine(opts: EngineOptions = {}): Promise<EngineHandle> {
  const backend = opts.backend ?? 'auto';
  // Where the engine runs is chosen for WebGL unless another backend is pinned.
  const wanted = backend === 'auto' ? 'webgl' : backend;
  if (opts.mode === 'page' || typeof Worker === 'undefined') {
    const page = await startOnPage(backend);
    return {
      api: page.api,
      mode: 'page',
      info: page.info,
      ...onPage(page.dispose),
      note: opts.mode === 'page' ? t('engine:client.forcedPage') : t('engine:client.noWorkers'),
    };
  }
  const { api, worker } = startWorker();
  const info = await api.init(backend);
  if (info.backend === wanted || opts.mode === 'worker' || wanted !== 'webgl') {
    const forced =
      opts.backend && opts.backend !== 'auto' && info.backend === opts.backend
        ? t('engine:client.pinnedBy', {
            backend: t(`engine:backends.${opts.backend}`),
            by: opts.pinnedBy ?? `?backend=${opts.backend}`,
          })
        : null;
    return { api, mode: 'worker', info, note: forced, ...inWorker(api, worker) };
  }
  // The worker could not get WebGL (no OffscreenCanvas WebGL here). Try the page.
  const page = await startOnPage(backend);
  if (page.info.backend === wanted) {
    closeWorker(api, worker);
    return {
      api: page.api,
      mode: 'page',
      info: page.info,
      ...onPage(page.dispose),
      note: t('engine:client.webglOnPage'),
    };
  }
  page.dispose();
  return { api, mode: 'worker', info, note: null, ...inWorker(api, worker) };
}
