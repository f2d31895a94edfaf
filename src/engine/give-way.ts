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
  private until = 0;
  private spentMs = 0;

  /** `startedAt`: when the run started, on the clock that the other calls use. */
  constructor(private readonly startedAt: number) {}

  /** The page asks for `ms` from `now` (0 or less: no longer). */
  ask(now: number, ms: number): void {
    this.until = ms > 0 ? now + Math.min(ms, GIVE_WAY_MAX_MS) : 0;
  }

  /** How long to hold the loop from `now`; 0: carry on. */
  waitAt(now: number): number {
    const earned =
      GIVE_WAY_UPFRONT_MS + GIVE_WAY_SHARE * Math.max(0, now - this.startedAt) - this.spentMs;
    const wait = Math.min(this.until - now, earned);
    return wait >= 1 ? wait : 0;
  }

  /** The loop held for `ms`. */
  spent(ms: number): void {
    this.spentMs += Math.max(0, ms);
  }

  get spentTotalMs(): number {
    return this.spentMs;
  }
}
