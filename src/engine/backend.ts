/**
 * Backends: which ones this context offers, activating one (the WASM and
 * WebGPU backends are loaded on first use, so the first paint does not wait
 * for them), and what to say about the one in use. Choosing among them is
 * backend-choice.ts; timing them is backend-probe.ts.
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { BACKEND_LABELS, type BackendInfo, type BackendName } from '../worker/protocol';

/** Loaders for the backends that are not bundled with the engine. */
const LOADERS: Partial<Record<BackendName, () => Promise<unknown>>> = {
  wasm: () => import('./backend-wasm'),
  webgpu: () => import('@tensorflow/tfjs-backend-webgpu'),
};

function webglRenderer(): string | null {
  const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
  if (!gl) return null;
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const unmasked: unknown = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : null;
  const plain: unknown = gl.getParameter(gl.RENDERER);
  const value = typeof unmasked === 'string' && unmasked ? unmasked : plain;
  return typeof value === 'string' ? value : null;
}

/** The GPU the active backend draws on, or null when it uses none. */
export function rendererString(): string | null {
  const name = tf.getBackend();
  if (name === 'webgl') return webglRenderer();
  if (name === 'webgpu') {
    const info = (
      tf.backend() as unknown as { adapterInfo?: { vendor?: string; architecture?: string } }
    ).adapterInfo;
    const text = [info?.vendor, info?.architecture].filter(Boolean).join(' ');
    return text ? `WebGPU: ${text}` : t('engine:backend.webgpuAdapter');
  }
  return null;
}

/** True when this context can run the webgl backend (OffscreenCanvas in workers). */
function canCreateWebGL2(): boolean {
  try {
    const canvas =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1)
        : typeof document !== 'undefined'
          ? document.createElement('canvas')
          : null;
    return Boolean(canvas?.getContext('webgl2'));
  } catch {
    return false;
  }
}

/** Why `name` cannot run in this context, or null when it may. */
export function unavailableReason(name: BackendName): string | null {
  switch (name) {
    case 'webgl':
      return canCreateWebGL2() ? null : t('engine:backend.noWebgl2');
    case 'wasm':
      return typeof WebAssembly === 'object' ? null : t('engine:backend.noWasm');
    case 'webgpu':
      return typeof navigator !== 'undefined' && 'gpu' in navigator
        ? null
        : t('engine:backend.noWebgpu');
    case 'cpu':
      return null;
  }
}

/** Backends this context can offer (WebGPU only where navigator.gpu exists). */
function availableBackends(): BackendName[] {
  return (Object.keys(BACKEND_LABELS) as BackendName[]).filter((b) => !unavailableReason(b));
}

/**
 * Make `name` the active backend, loading it first if need be.
 * Throws an Error saying why when it cannot start; the previous backend
 * then stays active.
 */
export async function activateBackend(name: BackendName): Promise<void> {
  if (tf.getBackend() === name) return;
  const why = unavailableReason(name);
  if (why) throw new Error(why);
  if (!tf.findBackendFactory(name)) await LOADERS[name]?.();
  let ok = false;
  try {
    ok = await tf.setBackend(name);
  } catch (e) {
    throw new Error(
      t('engine:backend.failedToStartBecause', {
        backend: t(`engine:backends.${name}`),
        error: (e as Error).message,
      }),
    );
  }
  // A failed setBackend leaves the previous backend active.
  if (!ok)
    throw new Error(t('engine:backend.failedToStart', { backend: t(`engine:backends.${name}`) }));
  await tf.ready();
}

/**
 * Activate `preferred`, falling back to cpu.
 * @returns the backend in use and, where it is not the preferred one, why.
 */
export async function initBackend(preferred: BackendName): Promise<BackendInfo> {
  const available = availableBackends();
  let fallbackReason: string | null = null;
  if (preferred !== 'cpu') {
    try {
      await activateBackend(preferred);
      return { backend: preferred, renderer: rendererString(), fallbackReason: null, available };
    } catch (e) {
      fallbackReason = (e as Error).message;
    }
  }
  await activateBackend('cpu');
  return { backend: 'cpu', renderer: null, fallbackReason, available };
}
