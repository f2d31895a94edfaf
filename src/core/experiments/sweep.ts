/**
 * Planning a sweep, pure: every combination of one or two settings' values,
 * each repeated over a few seeds, as the configs to train in order; and,
 * once they have trained, a summary per combination (mean ± spread of the
 * best validation metric over its seeds) with the best one named.
 */
import { t } from '../../i18n';
import { fail, ok, type Result } from '../data/result';
import type { RunConfig } from './run-config';
import { SWEEP_SETTINGS, type SweepSettingId, type SweepValue } from './sweep-settings';

/** The most runs one sweep may train. */
export const SWEEP_MAX_RUNS = 50;
/** The most seeds a combination may be repeated over. */
export const SWEEP_MAX_SEEDS = 10;

export interface SweepAxis {
  setting: SweepSettingId;
  values: SweepValue[];
}

export interface SweepCombination {
  /** "lr=0.01 batch=32" */
  label: string;
  values: SweepValue[];
}

export interface SweepRunPlan {
  combination: number;
  /** The training seed this run uses. */
  seed: number;
  config: RunConfig;
  /** The combination's label, with the seed when repeated: "lr=0.01 · seed 43". */
  label: string;
}

export interface SweepPlan {
  axes: SweepAxis[];
  combinations: SweepCombination[];
  runs: SweepRunPlan[];
}

/** Every combination of the axes' values, the first axis varying slowest. */
function product(axes: readonly SweepAxis[]): SweepValue[][] {
  return axes.reduce<SweepValue[][]>(
    (acc, axis) => acc.flatMap((prefix) => axis.values.map((v) => [...prefix, v])),
    [[]],
  );
}

/**
 * The runs of a sweep over `axes` (one or two settings), each combination
 * trained `seeds` times with training seeds base, base+1, ...
 */
export function planSweep(base: RunConfig, axes: SweepAxis[], seeds: number): Result<SweepPlan> {
  if (axes.length < 1 || axes.length > 2) return fail(t('runs:sweepMsg.oneOrTwo'));
  if (axes.length === 2 && axes[0]?.setting === axes[1]?.setting)
    return fail(t('runs:sweepMsg.different'));
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > SWEEP_MAX_SEEDS)
    return fail(t('runs:sweepMsg.seeds', { max: SWEEP_MAX_SEEDS }));
  if (seeds > 1 && axes.some((a) => a.setting === 'seed'))
    return fail(t('runs:sweepMsg.seedTwice'));
  const total = axes.reduce((n, a) => n * a.values.length, 1) * seeds;
  if (total > SWEEP_MAX_RUNS)
    return fail(t('runs:sweepMsg.tooMany', { total, max: SWEEP_MAX_RUNS }));
  const combinations: SweepCombination[] = [];
  const runs: SweepRunPlan[] = [];
  for (const values of product(axes)) {
    let config = base;
    for (const [i, axis] of axes.entries()) {
      const applied = SWEEP_SETTINGS[axis.setting].apply(config, values[i] as SweepValue);
      if (!applied.ok) return applied;
      config = applied.value;
    }
    const label = axes
      .map((a, i) => SWEEP_SETTINGS[a.setting].short(values[i] as SweepValue))
      .join(' ');
    const combination = combinations.push({ label, values }) - 1;
    for (let k = 0; k < seeds; k++) {
      const seed = (config.training.seed + k) % 2 ** 31;
      runs.push({
        combination,
        seed,
        config: seeds === 1 ? config : { ...config, training: { ...config.training, seed } },
        label: seeds === 1 ? label : t('runs:sweepMsg.seedLabel', { label, seed }),
      });
    }
  }
  return ok({ axes, combinations, runs });
}

export interface CombinationSummary {
  label: string;
  /** Runs of this combination with a metric. */
  count: number;
  mean: number | null;
  /** Sample standard deviation over the seeds; 0 for one run. */
  spread: number | null;
  best: boolean;
}

/**
 * Per combination: mean ± spread of each run's best validation metric
 * (null where a run has none), and which combination did best.
 * @param metrics one per planned run, in plan order
 */
export function summarizeSweep(
  plan: SweepPlan,
  metrics: readonly (number | null)[],
  higherIsBetter: boolean,
): CombinationSummary[] {
  const out: CombinationSummary[] = plan.combinations.map((c, i) => {
    const vs = plan.runs.flatMap((r, j) => {
      const m = metrics[j];
      return r.combination === i && m !== null && m !== undefined && Number.isFinite(m) ? [m] : [];
    });
    if (vs.length === 0) return { label: c.label, count: 0, mean: null, spread: null, best: false };
    const mean = vs.reduce((a, b) => a + b, 0) / vs.length;
    const variance =
      vs.length > 1 ? vs.reduce((a, v) => a + (v - mean) ** 2, 0) / (vs.length - 1) : 0;
    return { label: c.label, count: vs.length, mean, spread: Math.sqrt(variance), best: false };
  });
  const best = bestIndex(
    out.map((s) => s.mean),
    higherIsBetter,
  );
  if (best !== null) (out[best] as CombinationSummary).best = true;
  return out;
}

/** Index of the best finite value (the first of ties), or null when there is none. */
export function bestIndex(
  values: readonly (number | null)[],
  higherIsBetter: boolean,
): number | null {
  let best: number | null = null;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    const b = best === null ? null : (values[best] as number);
    if (b === null || (higherIsBetter ? v > b : v < b)) best = i;
  });
  return best;
}

/**
 * "Run 2 of 6 · about 40 s left": the estimate is the mean duration of the
 * runs done so far times the runs left (the current one included), and
 * absent before the first run ends.
 */
export function sweepProgressText(
  current: number,
  total: number,
  durationsMs: readonly number[],
): string {
  if (durationsMs.length === 0) return t('runs:sweepMsg.progress', { current, total });
  const mean = durationsMs.reduce((a, b) => a + b, 0) / durationsMs.length;
  const left = Math.max(0, total - current + 1) * mean;
  return t('runs:sweepMsg.progressLeft', { current, total, left: formatLeft(left) });
}

function formatLeft(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return t('runs:sweepMsg.seconds', { n: s });
  const m = Math.round(s / 60);
  return t('runs:sweepMsg.minutes', { n: m });
}
