/**
 * How long the training loop in the worker leaves the machine's cores to
 * the page when the page asks (it does while a chart draws). On two cores a
 * draw otherwise shares one with training and with V8's compiler, and takes
 * about twice as long on the clock as on the CPU. The time given is bounded
 * by a share of the run's time, so a page that keeps asking slows training
 * by at most that share (plus a little up front, for the first draws of a
 * run, whose code is the coldest).
 */

/** The longest one request holds the loop (ms). */
export const GIVE_WAY_MAX_MS = 100;
/** The share of a run's time the loop may spend giving way... */
export const GIVE_WAY_SHARE = 0.03;
/** ...and what it may spend before the run has earned it by that share (ms). */
export const GIVE_WAY_UPFRONT_MS = 200;

export class GiveWay {
  private startedAt: number;
  private until = 0;
  private spentMs = 0;
  private wake: (() => void) | null = null;

  /** `now`: the clock, in ms (tests pass their own). */
  constructor(private readonly now: () => number = () => performance.now()) {
    this.startedAt = now();
  }

  /** A run starts: its budget starts afresh. */
  start(): void {
    this.startedAt = this.now();
    this.until = 0;
    this.spentMs = 0;
  }

  /** The page asks for `ms` from now (0 or less: no longer, which ends a hold). */
  ask(ms: number): void {
    this.until = ms > 0 ? this.now() + Math.min(ms, GIVE_WAY_MAX_MS) : 0;
    if (ms <= 0) this.end();
  }

  /** How long to hold the loop from now; 0: carry on. */
  waitNow(): number {
    const now = this.now();
    const earned =
      GIVE_WAY_UPFRONT_MS + GIVE_WAY_SHARE * Math.max(0, now - this.startedAt) - this.spentMs;
    const wait = Math.min(this.until - now, earned);
    return wait >= 1 ? wait : 0;
  }

  /** Hold for as long as `waitNow` says, or until `end` (or an ask of 0). */
  async hold(): Promise<void> {
    const from = this.now();
    const wait = this.waitNow();
    if (wait === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.end(), wait);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
    this.spentMs += Math.max(0, this.now() - from);
  }

  /** End a hold now. */
  end(): void {
    this.wake?.();
  }

  /** What this run has given so far (ms). */
  get spentTotalMs(): number {
    return this.spentMs;
  }
}
