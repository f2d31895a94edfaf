/**
 * A finished run set against the run before it: what was changed between
 * them and what the change did to the numbers. The loop a playground is
 * for is "change one thing, train again, compare"; this is the compare,
 * read off the runs list without opening it. Pure.
 */
import { isTable, type DatasetSpec } from '../data/dataset-spec';
import { differingSettings } from './differing-settings';
import type { RunSettingId } from './run-settings';
import type { RunMetricKind, RunSummary } from './run-summary';

/** One setting that differs, as the runs table writes its values. */
export interface SettingChange {
  id: RunSettingId;
  from: string;
  to: string;
}

/** Which way a number moved, for the better or the worse. */
export type Verdict = 'better' | 'worse' | 'same';

export interface NumberVersus {
  now: number;
  then: number;
  verdict: Verdict;
}

export interface RunVersus {
  previous: Pick<RunSummary, 'id' | 'name' | 'status'>;
  changes: SettingChange[];
  metric: (NumberVersus & { kind: RunMetricKind }) | null;
  valLoss: NumberVersus | null;
  durationMs: { now: number; then: number };
}

/** Runs whose end says nothing about the settings (they never trained to one). */
const UNFINISHED = new Set<RunSummary['status']>(['running', 'failed', 'interrupted']);

/**
 * Two numbers this close are the same as far as the summary shows: a tenth
 * of a percentage point of accuracy, half a percent of a loss or an error.
 */
const SAME_ACCURACY = 0.0005;
const SAME_RELATIVE = 0.005;

function versus(
  now: number | null,
  then: number | null,
  higherIsBetter: boolean,
  same: (now: number, then: number) => boolean,
): NumberVersus | null {
  if (now === null || then === null || !Number.isFinite(now) || !Number.isFinite(then)) return null;
  const verdict: Verdict = same(now, then)
    ? 'same'
    : now > then === higherIsBetter
      ? 'better'
      : 'worse';
  return { now, then, verdict };
}

const closeRelative = (now: number, then: number) =>
  Math.abs(now - then) <= SAME_RELATIVE * Math.max(Math.abs(now), Math.abs(then));

/**
 * Whether two runs learnt the same data, give or take its settings (samples,
 * noise, split): the same built-in set, or a table from the same file.
 */
function sameData(a: DatasetSpec, b: DatasetSpec): boolean {
  if (a.kind !== b.kind) return false;
  return !isTable(a) || !isTable(b) || a.file.hash === b.file.hash;
}

/**
 * The run before `run` that it is fair to set it against: the newest one
 * that started earlier, ended on its own terms (not failed or cut off), and
 * learnt the same data to the same metric. None for a run that continued
 * another (its curve goes on from that run's) or has not ended.
 */
export function previousRun(run: RunSummary, runs: readonly RunSummary[]): RunSummary | null {
  if (run.continuedFrom !== null || UNFINISHED.has(run.status) || run.epochs === 0) return null;
  let best: RunSummary | null = null;
  for (const r of runs) {
    if (r.id === run.id || r.startedAt >= run.startedAt || UNFINISHED.has(r.status)) continue;
    if (r.epochs === 0 || r.metric !== run.metric) continue;
    if (!sameData(r.config.dataset, run.config.dataset)) continue;
    if (!best || r.startedAt > best.startedAt) best = r;
  }
  return best;
}

/** `run` against the run before it, or null when there is none to set it against. */
export function runVersus(run: RunSummary, runs: readonly RunSummary[]): RunVersus | null {
  const previous = previousRun(run, runs);
  if (!previous) return null;
  const changes = differingSettings([previous.config, run.config]).map((s) => ({
    id: s.id,
    from: s.value(previous.config),
    to: s.value(run.config),
  }));
  const accuracy = run.metric === 'accuracy';
  const metric = versus(
    run.finalValMetric,
    previous.finalValMetric,
    accuracy,
    accuracy ? (a, b) => Math.abs(a - b) < SAME_ACCURACY : closeRelative,
  );
  return {
    previous: { id: previous.id, name: previous.name, status: previous.status },
    changes,
    metric: metric && run.metric ? { ...metric, kind: run.metric } : null,
    valLoss: versus(run.finalValLoss, previous.finalValLoss, false, closeRelative),
    durationMs: { now: run.durationMs, then: previous.durationMs },
  };
}
