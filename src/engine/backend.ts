/**
 * Backend selection. Prefers tfjs's `webgl` backend (GPU through WebGL2, in
 * a worker through OffscreenCanvas) and falls back to `cpu`, always saying
 * which one is active and why.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

export type BackendName = 'webgl' | 'cpu';

export interface BackendInfo {
  backend: BackendName;
  /** GPU renderer string (unmasked where the browser allows), null on cpu. */
  renderer: string | null;
  /** Why the preferred backend is not in use, or null. */
  fallbackReason: string | null;
}

function rendererString(): string | null {
  const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
  if (!gl) return null;
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const unmasked: unknown = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : null;
  const plain: unknown = gl.getParameter(gl.RENDERER);
  const value = typeof unmasked === 'string' && unmasked ? unmasked : plain;
  return typeof value === 'string' ? value : null;
}

/** True when this context can run the webgl backend (OffscreenCanvas in workers). */
export function canCreateWebGL2(): boolean {
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

/**
 * Activate `preferred`, falling back to cpu.
 * @returns the backend in use and, where it is not the preferred one, why.
 */
export async function initBackend(preferred: BackendName): Promise<BackendInfo> {
  let fallbackReason: string | null = null;
  if (preferred === 'webgl') {
    if (!canCreateWebGL2()) {
      fallbackReason = 'WebGL2 is not available in this context.';
    } else {
      try {
        if (await tf.setBackend('webgl')) {
          await tf.ready();
          return { backend: 'webgl', renderer: rendererString(), fallbackReason: null };
        }
        fallbackReason = 'The WebGL backend failed to start.';
      } catch (e) {
        fallbackReason = `The WebGL backend failed to start: ${(e as Error).message}`;
      }
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return { backend: 'cpu', renderer: null, fallbackReason };
}
