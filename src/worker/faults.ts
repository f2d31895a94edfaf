/**
 * Fault injection inside the engine's worker, for the e2e tests: each fault
 * uses the real mechanism (the WEBGL_lose_context extension on the engine's
 * own context, an uncaught error, self.close(), a blocked event loop, a
 * texture allocation tfjs sees fail). The page sends these messages only
 * when its URL has `?faults=1` (fault-hooks.ts).
 */
import { t } from '../i18n';
import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { FaultKind, FaultMessage } from './protocol';

/** How long 'hang' blocks the worker (ms): longer than any watchdog. */
const HANG_MS = 60_000;

let lostBy: WEBGL_lose_context | null = null;

const engineGl = (): WebGLRenderingContext | null =>
  tf.getBackend() === 'webgl' ? ((tf.backend() as MathBackendWebGL).gpgpu?.gl ?? null) : null;

/** Make the next texture tfjs creates fail as a full GPU would: `createTexture` gives null. */
function failNextAllocation(gl: WebGLRenderingContext): void {
  const create = gl.createTexture.bind(gl);
  // With the pool off, the next texture tfjs needs is a new one.
  const threshold = tf.env().getNumber('WEBGL_DELETE_TEXTURE_THRESHOLD');
  tf.env().set('WEBGL_DELETE_TEXTURE_THRESHOLD', 0);
  gl.createTexture = () => {
    gl.createTexture = create;
    tf.env().set('WEBGL_DELETE_TEXTURE_THRESHOLD', threshold);
    // What a context that cannot allocate returns (the DOM typings leave null out).
    return null as unknown as WebGLTexture;
  };
}

const FAULTS: Record<FaultKind, () => void> = {
  'lose-context': () => {
    lostBy = engineGl()?.getExtension('WEBGL_lose_context') ?? null;
    if (!lostBy) throw new Error(t('engine:client.notOnWebgl'));
    lostBy.loseContext();
  },
  'restore-context': () => lostBy?.restoreContext(),
  crash: () => {
    setTimeout(() => {
      throw new Error(t('engine:client.crashInjected'));
    });
  },
  close: () => self.close(),
  hang: () => {
    const until = performance.now() + HANG_MS;
    while (performance.now() < until) {
      // Blocked on purpose: the worker answers nothing meanwhile.
    }
  },
  'fail-allocation': () => {
    const gl = engineGl();
    if (!gl) throw new Error(t('engine:client.notOnWebgl'));
    failNextAllocation(gl);
  },
};

/** Do the faults the page asks for in `{ nnFault }` messages. */
export function listenForFaults(): void {
  self.addEventListener('message', (ev: MessageEvent<Partial<FaultMessage> | null>) => {
    const kind = ev.data?.nnFault;
    if (kind && kind in FAULTS) FAULTS[kind]();
  });
}
