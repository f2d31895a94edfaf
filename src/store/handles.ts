/**
 * What the store holds that is not plain data: the boundary's refresh timer,
 * the setup's pending URL write, the buffer of engine events waiting for
 * the next frame and the recorded run's pending write. One object, owned by
 * the store, so resetStore can clear it all at once.
 */
import type { EngineHandle, EngineOptions } from '../worker/engine-client';
import type { RunEvent, WeightsSnapshot } from '../worker/protocol';

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
  /** The engine is being restarted after it crashed or stopped answering. */
  engineRestarting = false;
  /** The engine's last snapshot of its model's weights, for a restarted engine to take back. */
  weightsSnapshot: WeightsSnapshot | null = null;

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
  }
}
