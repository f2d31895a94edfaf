/**
 * Cases computed from other cases of the same run. Pure.
 */
import type { BenchCase } from './results';
import { vsFastest } from './stats';

export const APP_THROUGHPUT = 'throughput: whole app';
export const BARE_FIT = 'bare model.fit on ';

/**
 * The whole app against the fastest bare backend for the bench model: its
 * ratio to bare `fit` on its own backend (app page), times that backend's
 * bare rate over the fastest one's (backends page). Null without both.
 */
export function appVsFastestCase(cases: readonly BenchCase[]): BenchCase | null {
  const app = cases.find((c) => c.name.startsWith(APP_THROUGHPUT));
  const bare = cases.filter((c) => c.name.startsWith(BARE_FIT));
  const rates = Object.fromEntries(
    bare.map((c) => [c.backend, typeof c.fitSamplesPerS === 'number' ? c.fitSamplesPerS : NaN]),
  );
  if (!app || typeof app.throughputRatio !== 'number') return null;
  const r = vsFastest(app.throughputRatio, rates, app.backend);
  if (!r) return null;
  return {
    name: `${app.name.replace(/ vs bare model\.fit$/, '')} vs the fastest bare backend`,
    group: 'throughput',
    backend: app.backend,
    throughputRatio: r.ratio,
    fastestBackend: r.fastest,
    appVsSameBackend: app.throughputRatio,
    sameVsFastest: (rates[app.backend] as number) / (rates[r.fastest] as number),
    note:
      `the app's ratio to bare fit on ${app.backend} × bare ${app.backend} / bare ${r.fastest} ` +
      `(${Object.entries(rates)
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(', ')} samples/s)`,
  };
}
