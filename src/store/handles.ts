/**
 * What the store holds that is not plain data: the boundary's refresh timer
 * and the buffer of engine events waiting for the next frame. One object,
 * owned by the store, so resetStore can clear it all at once.
 */
import type { RunEvent } from '../worker/protocol';

export class StoreHandles {
  /** The boundary's next refresh while training, when one is waiting. */
  boundaryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Run events received and not yet written into the store. */
  pendingEvents: RunEvent[] = [];
  /** A frame is booked to write them. */
  flushBooked = false;

  clearBoundaryTimer(): void {
    if (this.boundaryTimer) clearTimeout(this.boundaryTimer);
    this.boundaryTimer = null;
  }

  /** Drop everything: timers cleared, buffered events forgotten. */
  dispose(): void {
    this.clearBoundaryTimer();
    this.pendingEvents = [];
  }
}
