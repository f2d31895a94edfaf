/**
 * What the engine does when the GPU fails under a run: a lost WebGL context
 * (its event, `isContextLost()`, or tfjs throwing after it) or an
 * allocation that fails. The run ends with a message naming the fault and
 * the epoch, and the model, as it was at the end of the last completed
 * epoch, is rebuilt on the CPU with its data, so every choice (continue on
 * the CPU or WASM now, or on WebGL once it works again) is a normal run.
 * Owns the plain weight snapshots and the context watch; never a model.
 */
import { t } from '../i18n';
import { words } from '../i18n/words';
import * as tf from '@tensorflow/tfjs-core';
import { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { BackendStatus, GpuFault, TrainResult } from '../worker/protocol';
import { activateBackend } from './backend';
import { GpuWatch, isOutOfMemory } from './gpu-watch';
import { PlainSnapshots, restoreWeights, type PlainWeights } from './plain-weights';
import type { Session } from './session';

/** Builds the run's model afresh on the active backend, with `snap`'s weights and counters. */
export type Rebuild = (snap: PlainWeights) => Session;

export class RunFaults {
  private readonly snapshots: PlainSnapshots;
  private readonly watch: GpuWatch;
  private lostNow: (() => void) | null = null;
  private webglDown = false;

  /**
   * @param restored called when a lost WebGL context is back
   * @param kept hears each snapshot of the weights once it is read back
   */
  constructor(restored: () => void, kept: (snap: PlainWeights) => void) {
    this.snapshots = new PlainSnapshots(kept);
    this.watch = new GpuWatch(
      () => this.lostNow?.(),
      () => {
        if (!this.webglDown) return;
        this.webglDown = false;
        restored();
      },
    );
  }

  /** A run starts on the active backend with `session`: watch its context and keep its weights. */
  startRun(session: Session): void {
    this.watch.attach();
    const kept = this.snapshots.latest();
    if (!kept || kept.epoch !== session.epochsTrained) this.epochEnded(session);
  }

  /** After each completed epoch: copy the weights, read back without waiting. */
  epochEnded(session: Session): void {
    void this.snapshots.capture(
      session.model,
      session.key,
      session.epochsTrained,
      session.stepsTrained ?? 0,
      session.trainedMs ?? 0,
    );
  }

  /** Forget the snapshots (a new model, a loaded one, or a reset). */
  forget(): void {
    this.snapshots.clear();
  }

  /** Resolves when the watched context is lost (never on other backends). */
  lost(): Promise<'lost'> {
    return new Promise((resolve) => {
      this.lostNow = () => resolve('lost');
      if (this.watch.isLost()) resolve('lost');
    });
  }

  /** Stop listening for a loss for the run that just ended. */
  endRun(): void {
    this.lostNow = null;
  }

  /** The fault `error` shows, or null when it is an ordinary failure. */
  classify(error: unknown): GpuFault['kind'] | null {
    if (this.watch.isLost()) return 'context-lost';
    return isOutOfMemory(error) ? 'out-of-memory' : null;
  }

  /**
   * Move onto the CPU after `kind` hit the run during `epoch`: drop the old
   * model and data (`dropOld`, which must not throw), and rebuild the model
   * from the last snapshot (`rebuild`). Returns how the run ended.
   */
  async recover(
    kind: GpuFault['kind'],
    epoch: number,
    detail: string,
    dropOld: () => void,
    rebuild: Rebuild,
  ): Promise<{ result: TrainResult; session: Session | null }> {
    const snap = this.snapshots.latest();
    const backend = tf.getBackend();
    dropOld();
    await activateBackend('cpu');
    if (kind === 'context-lost') {
      this.webglDown = true;
      this.watch.forgetLoss();
      freshWebgl();
    }
    const session = snap ? rebuild(snap) : null;
    if (session) restoreWeights(session.model, snap as PlainWeights);
    const keptEpoch = session ? (snap as PlainWeights).epoch : 0;
    const what =
      kind === 'context-lost'
        ? words('engine:fault.contextLost', { epoch })
        : backend === 'webgl' || backend === 'webgpu'
          ? words('engine:fault.gpuMemory', { epoch, detail })
          : words('engine:fault.browserMemory', { epoch, detail });
    const kept = session
      ? words('engine:fault.kept', { epoch: keptEpoch })
      : words('engine:fault.notKept');
    const next =
      kind === 'context-lost' ? words('engine:fault.nextLost') : words('engine:fault.nextMemory');
    return {
      session,
      result: {
        outcome: 'failed',
        message: [what, kept, next],
        fault: { kind, keptEpoch, webglReady: kind !== 'context-lost' },
      },
    };
  }
}

/**
 * Replace the WebGL backend with a fresh one, so that its next use makes a
 * new context rather than reusing the lost one (tfjs keeps the backend
 * instance, with its dead context, until it is removed).
 */
function freshWebgl(): void {
  try {
    tf.removeBackend('webgl');
  } catch {
    // Disposing a backend whose context is gone can throw; it is dropped either way.
  }
  tf.registerBackend('webgl', () => new MathBackendWebGL(), 2);
}

/** What the status bar says once a fault has moved the model onto the CPU. */
export const faultBackendStatus = (kind: GpuFault['kind']): BackendStatus => ({
  backend: 'cpu',
  renderer: null,
  how: 'fallback',
  reason: kind === 'context-lost' ? t('engine:fault.statusLost') : t('engine:fault.statusMemory'),
  probe: null,
  probing: false,
});
