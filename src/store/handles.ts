/**
 * What the store holds that is not plain data: the boundary's refresh timer,
 * the setup's pending URL write and the buffer of engine events waiting for
 * the next frame. One object, owned by the store, so resetStore can clear it
 * all at once.
 */
import type { RunEvent } from '../worker/protocol';

export class StoreHandles {
  /** The boundary's next refresh while training, when one is waiting. */
  boundaryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Run events received and not yet written into the store. */
  pendingEvents: RunEvent[] = [];
  /** A frame is booked to write them. */
  flushBooked = false;
  /** The setup's next write into the URL hash and storage, when one is waiting. */
  setupTimer: ReturnType<typeof setTimeout> | null = null;

  clearBoundaryTimer(): void {
    if (this.boundaryTimer) clearTimeout(this.boundaryTimer);
    this.boundaryTimer = null;
  }

  /** Drop everything: timers cleared, buffered events forgotten. */
  dispose(): void {
    this.clearBoundaryTimer();
    if (this.setupTimer) clearTimeout(this.setupTimer);
    this.setupTimer = null;
    this.pendingEvents = [];
  }
}
