/**
 * The engine's outgoing events, delivered to one listener in batches: a
 * run streams many small events (records, progress), and one message per
 * ~50 ms crosses the worker boundary instead of one per event. Events that
 * change what the user may do (a run's state, the backend) go at once,
 * with whatever is waiting before them, so their order is kept.
 */
import type { EngineEvent } from '../worker/protocol';

/** Longest an event waits for the next batch. */
const FLUSH_MS = 50;

export class EventQueue {
  private listener: ((events: EngineEvent[]) => void) | null = null;
  private waiting: EngineEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** The one listener (a later call replaces it). */
  listen(listener: (events: EngineEvent[]) => void): void {
    this.listener = listener;
  }

  /** Queue `event`; `now` delivers it, and all waiting before it, at once. */
  emit(event: EngineEvent, now = false): void {
    this.waiting.push(event);
    if (now) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Deliver what is waiting. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.waiting.length === 0) return;
    const events = this.waiting;
    this.waiting = [];
    this.listener?.(events);
  }
}
