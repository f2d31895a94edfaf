/**
 * How long the training loop in the worker leaves the machine's cores to
 * the page when the page asks (it does while a chart draws). On two cores a
 * draw otherwise shares one with training and with V8's compiler, and takes
 * about twice as long on the clock as on the CPU. The time given is bounded
 * by a share of the run's time, so a page that keeps asking slows training
 * by at most that share (plus a little up front, for the first draws of a
 * run, whose code is the coldest).
 *
 * A request is taken where the loop next yields, and its time counts from
 * there: the loop first lets the backend's queue run dry (on an emulated
 * GPU its threads take the cores as well), then holds. The page can wait
 * for that moment (`holding`) before it draws.
 */

/** The longest one request holds the loop (ms). */
export const GIVE_WAY_MAX_MS = 100;
/** The share of a run's time the loop may spend giving way... */
export const GIVE_WAY_SHARE = 0.03;
/** ...and what it may spend before the run has earned it by that share (ms). */
export const GIVE_WAY_UPFRONT_MS = 200;

export class GiveWay {
  private startedAt: number;
  private spentMs = 0;
  /** A request not yet taken by the loop: how long it asks for (ms), 0 for none. */
  private wantedMs = 0;
  /** While the loop holds: when it carries on, at the latest. */
  private until = 0;
  private endsAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wake: (() => void) | null = null;
  /** Those waiting for the loop to hold (or for the request to come to nothing). */
  private waiters: (() => void)[] = [];

  /** `now`: the clock, in ms (tests pass their own). */
  constructor(private readonly now: () => number = () => performance.now()) {
    this.startedAt = now();
  }

  /** A run starts: its budget starts afresh. */
  start(): void {
    this.end();
    this.startedAt = this.now();
    this.spentMs = 0;
  }

  /**
   * The page asks for `ms` (0 or less: no longer, which ends a hold). While
   * the loop holds, the hold runs on to `ms` from now; otherwise the request
   * waits for the loop's next yield.
   */
  ask(ms: number): void {
    if (ms <= 0) {
      this.end();
      return;
    }
    const wanted = Math.min(ms, GIVE_WAY_MAX_MS);
    if (this.wake) {
      this.until = this.now() + wanted;
      this.arm();
      return;
    }
    this.wantedMs = wanted;
    if (!this.pending()) this.release();
  }

  /** What the run may still give (ms). */
  private earnedMs(): number {
    const ran = Math.max(0, this.now() - this.startedAt);
    return GIVE_WAY_UPFRONT_MS + GIVE_WAY_SHARE * ran - this.spentMs;
  }

  /** Whether the loop is to hold at this yield (a request is waiting, and the budget allows it). */
  pending(): boolean {
    return this.wantedMs > 0 && this.earnedMs() >= 1;
  }

  /**
   * Resolves once the loop holds, or once the request comes to nothing (it
   * was ended, the budget is spent, or there is none): the page draws then.
   */
  holding(): Promise<void> {
    if (this.wake || !this.pending()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Hold while the request lasts, within the budget, or until `end` (or an ask of 0). */
  async hold(): Promise<void> {
    if (!this.pending() || this.wake) return;
    const from = this.now();
    this.until = from + this.wantedMs;
    this.endsAt = from + this.earnedMs();
    this.wantedMs = 0;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      this.arm();
      this.release();
    });
    this.spentMs += Math.max(0, this.now() - from);
  }

  /** (Re)set the timer that ends the hold. */
  private arm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const left = Math.min(this.until, this.endsAt) - this.now();
    this.timer = setTimeout(() => this.end(), Math.max(0, left));
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** End a hold now, and drop a request not yet taken. */
  end(): void {
    this.wantedMs = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const wake = this.wake;
    this.wake = null;
    wake?.();
    this.release();
  }

  /** What this run has given so far (ms). */
  get spentTotalMs(): number {
    return this.spentMs;
  }
}
