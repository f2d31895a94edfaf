/**
 * When a waiting new version may reload the page: never in the middle of a
 * run. A reload asked for during a run (or a sweep, or a learning-rate
 * search) is kept and happens when the work stops.
 */

/** What the prompt shows, and whether the reload should happen now. */
export type UpdateStep =
  | 'hidden' // nothing is waiting
  | 'offer' // "Reload" reloads at once
  | 'offer-after-run' // a run goes: the button reloads when it stops
  | 'deferred' // asked for during a run: waits for it to stop
  | 'reload'; // asked for and nothing runs: reload now

export function updateStep(waiting: boolean, busy: boolean, requested: boolean): UpdateStep {
  if (!waiting) return 'hidden';
  if (requested) return busy ? 'deferred' : 'reload';
  return busy ? 'offer-after-run' : 'offer';
}
