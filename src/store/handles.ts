/**
 * What the store holds that is not plain data: the boundary's refresh timer,
 * the setup's pending URL write, the buffer of engine events waiting for
 * the next frame and the recorded run's pending write. One object, owned by
 * the store, so resetStore can clear it all at once.
 */
import type { EngineHandle, EngineOptions } from '../worker/engine-client';
import type { LoadedModel, RunEvent, WeightsSnapshot } from '../worker/protocol';

/** How to load the current loaded model into an engine again: where it came from, and the call that does it. */
export interface ModelReload {
  loaded: LoadedModel;
  from: 'library' | 'files';
  again: () => Promise<LoadedModel>;
}

export class StoreHandles {
  /** The boundary's next refresh while training, when one is waiting. */
  boundaryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Run events received and not yet written into the store. */
  pendingEvents: RunEvent[] = [];
  /** A frame is booked to write them. */
  flushBooked = false;
  /** The setup's next write into the URL hash and storage, when one is waiting. */
  setupTimer: ReturnType<typeof setTimeout> | null = null;
  /** The recorded run's next write to storage, when one is waiting. */
  runsWriteTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the recorded run was last written (ms, Date.now()). */
  runsWrittenAt = 0;
  /** Writes of run records, one after another, so a later one is never overtaken. */
  runsWrites: Promise<unknown> = Promise.resolve();
  /** Releases of the Web Locks this tab holds for its running runs, by run id. */
  runLocks = new Map<string, () => void>();
  /** The engine in use and how it was started, to restart it the same way (actions/engine-health.ts). */
  engine: EngineHandle | null = null;
  engineOptions: EngineOptions = {};
  /** The watchdog's next look at a running engine. */
  watchdogTimer: ReturnType<typeof setInterval> | null = null;
  /** The restart of an engine that crashed or stopped answering, while it goes on. */
  engineRestart: Promise<void> | null = null;
  /** The engine's last snapshot of its model's weights, for a restarted engine to take back. */
  weightsSnapshot: WeightsSnapshot | null = null;
  /** How the model loaded from the library or from files was loaded, for a restarted engine to load it again. */
  modelReload: ModelReload | null = null;

  /** A model was loaded: no snapshot of an earlier model may stand for it. */
  modelLoaded(reload: ModelReload): void {
    this.weightsSnapshot = null;
    this.modelReload = reload;
  }

  clearWatchdog(): void {
    if (this.watchdogTimer) clearInterval(this.watchdogTimer);
    this.watchdogTimer = null;
  }

  clearRunsWriteTimer(): void {
    if (this.runsWriteTimer) clearTimeout(this.runsWriteTimer);
    this.runsWriteTimer = null;
  }

  clearBoundaryTimer(): void {
    if (this.boundaryTimer) clearTimeout(this.boundaryTimer);
    this.boundaryTimer = null;
  }

  /** Drop everything: timers cleared, buffered events forgotten. */
  dispose(): void {
    this.clearBoundaryTimer();
    if (this.setupTimer) clearTimeout(this.setupTimer);
    this.setupTimer = null;
    this.clearRunsWriteTimer();
    this.clearWatchdog();
    this.pendingEvents = [];
    this.runLocks.forEach((release) => release());
    this.runLocks.clear();
    this.weightsSnapshot = null;
    this.modelReload = null;
  }
}
