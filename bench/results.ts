/**
 * The shape of `bench/results.json`: what one `npm run bench` measured, as
 * plain data that `--compare` and `--table` read back. Pure: no Node, no DOM.
 */

/** A raw figure of a case: a number (units in its name), a word, or null when not measured. */
export type Figure = number | string | boolean | null;

/** The groups a run can be limited to (`npm run bench -- journeys`). */
export const GROUPS = [
  'data',
  'throughput',
  'memory',
  'grid',
  'charts',
  'journeys',
  'startup',
  'csv-scale',
] as const;
export type Group = (typeof GROUPS)[number];

/**
 * The headline figures, with the same names in every case that has them,
 * and how to show each. `better` says which way is an improvement.
 */
export const HEADLINES = {
  throughputRatio: { label: 'throughput', unit: '×', digits: 2, better: 'higher' },
  longestTaskMs: { label: 'longest task', unit: 'ms', digits: 0, better: 'lower' },
  p95FrameMs: { label: 'p95 frame', unit: 'ms', digits: 1, better: 'lower' },
  tensorGrowth: { label: 'tensor growth', unit: '', digits: 0, better: 'lower' },
  gpuBytesGrowth: { label: 'GPU bytes growth', unit: 'B', digits: 0, better: 'lower' },
  timeToTargetS: { label: 'time to target', unit: 's', digits: 1, better: 'lower' },
} as const;
export type Headline = keyof typeof HEADLINES;
export const HEADLINE_NAMES = Object.keys(HEADLINES) as Headline[];

/** One measured case: its name (stable across runs, the key for `--compare`), backend and figures. */
export interface BenchCase {
  name: string;
  group: Group;
  /** The tfjs backend the measured work ran on ('webgl', 'cpu', 'wasm'), or 'none'. */
  backend: string;
  /** How it was measured, in words: conditions, caps, per-round spread. */
  note: string;
  throughputRatio?: number;
  longestTaskMs?: number;
  p95FrameMs?: number | null;
  tensorGrowth?: number;
  gpuBytesGrowth?: number | null;
  timeToTargetS?: number | null;
  /** Raw figures: samples/s, ms, counts; the unit is in the name. */
  [figure: string]: Figure | undefined;
}

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  arch: string;
  node: string;
}

export interface BrowserInfo {
  chromium: string;
  /** The WebGL renderer string (unmasked where the browser tells), or null without WebGL. */
  webglRenderer: string | null;
}

export interface BenchResults {
  /** ISO date and time the run ended. */
  date: string;
  machine: MachineInfo;
  browser: BrowserInfo;
  build: 'production' | 'dev';
  /** The groups this file's cases come from; a partial run merges into the last file. */
  groups: Group[];
  cases: BenchCase[];
}

/** The figures of a case other than its name, group, backend and note, in their order. */
export function figuresOf(c: BenchCase): [string, Figure][] {
  return Object.entries(c).filter(
    (e): e is [string, Figure] =>
      e[1] !== undefined && !['name', 'group', 'backend', 'note'].includes(e[0]),
  );
}

/**
 * Merge a partial run's cases into an earlier file: cases of the groups run
 * now replace that file's cases of the same groups; the rest are kept.
 */
export function mergeResults(previous: BenchResults | null, next: BenchResults): BenchResults {
  if (!previous) return next;
  const ran = new Set(next.groups);
  const kept = previous.cases.filter((c) => !ran.has(c.group));
  return {
    ...next,
    groups: GROUPS.filter((g) => ran.has(g) || previous.groups.includes(g)),
    cases: [...kept, ...next.cases].sort(
      (a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group),
    ),
  };
}

/** Check a parsed JSON file is a results file, naming what is missing. */
export function parseResults(value: unknown, source: string): BenchResults {
  const v = value as Partial<BenchResults> | null;
  if (!v || typeof v !== 'object') throw new Error(`${source} is not a JSON object.`);
  if (!Array.isArray(v.cases)) throw new Error(`${source} has no "cases" list.`);
  for (const [i, c] of v.cases.entries()) {
    const k = c as Partial<BenchCase> | null;
    if (!k || typeof k.name !== 'string')
      throw new Error(`${source}: case ${i + 1} has no "name".`);
  }
  return v as BenchResults;
}
