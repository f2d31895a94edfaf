/**
 * A journey's case from what the page probe collected (bench/probe.ts):
 * long tasks and frames inside the training window, time to the target
 * validation accuracy. Pure.
 */
import type { ProbeData } from './probe';
import type { BenchCase } from './results';
import { frameStats, longTaskStats } from './stats';

export interface Journey {
  name: string;
  /** The Dataset menu's value to pick, or null to keep the app's default. */
  dataset: string | null;
  /** Expected dataset kind once picked (the default must be circle). */
  kind: string;
  noise?: number;
  cnn?: boolean;
  /** Validation accuracy to time, 0..1. */
  target?: number;
  capS: number;
}

/** TensorFlow Playground needs about this much compute for the same spiral (s); the goal is a fifth. */
const TF_PLAYGROUND_SPIRAL_S = 32;
const SPIRAL_GOAL_S = 6.4;

/** The most long tasks `longTasksAt` lists. */
const LISTED_TASKS = 8;

/**
 * When the long tasks inside the window began, from the Train click, and
 * how long each took: "2.0 s 60 ms, 3.1 s 140 ms" (the first few); null for none.
 */
function whenLong(p: ProbeData, from: number, to: number): string | null {
  const listed = p.tasks
    .filter((t) => t.duration > 50 && t.startTime + t.duration >= from && t.startTime <= to)
    .slice(0, LISTED_TASKS)
    .map((t) => `${((t.startTime - from) / 1000).toFixed(1)} s ${Math.round(t.duration)} ms`);
  return listed.length ? listed.join(', ') : null;
}

/** The case for one journey, from what the probe collected. */
export function journeyCase(
  j: Pick<Journey, 'name' | 'target' | 'capS'>,
  p: ProbeData,
  run: { ended: boolean; backend: string; setup: string },
): BenchCase {
  const from = p.clickAt ?? 0;
  const to = p.stopAt ?? p.endedAt ?? from;
  const tasks = longTaskStats(p.tasks, from, to);
  const frames = frameStats(p.frames);
  const valAccs = p.epochs.map((e) => e.valAcc).filter((v): v is number => v !== null);
  const best = valAccs.length ? Math.max(...valAccs) : null;
  const c: BenchCase = {
    name: j.name,
    group: 'journeys',
    backend: run.backend,
    note: `${run.setup}; ${run.ended ? `ran to its end (${p.endState})` : `stopped at the ${j.capS} s cap`}`,
    longestTaskMs: tasks.longestTaskMs,
    p95FrameMs: frames.p95FrameMs,
    longTasks: tasks.longTasks,
    longTasksAt: whenLong(p, from, to),
    longestFrameMs: frames.longestFrameMs,
    frames: frames.frames,
    epochs: p.epochs.length,
    trainS: (to - from) / 1000,
    bestValAcc: best,
    firstCurveS: p.firstCurveAt === null ? null : (p.firstCurveAt - from) / 1000,
  };
  if (j.target !== undefined) {
    const hit = p.epochs.find((e) => e.valAcc !== null && e.valAcc >= (j.target as number));
    c.timeToTargetS = hit ? (hit.at - from) / 1000 : null;
    c.targetValAcc = j.target;
    c.epochsToTarget = hit ? hit.epoch : null;
  }
  return c;
}

/** The spiral's figures against TensorFlow Playground's, as extra fields and a line. */
export function spiralVersusPlayground(c: BenchCase): string {
  const t = c.timeToTargetS;
  c.tfPlaygroundS = TF_PLAYGROUND_SPIRAL_S;
  c.goalS = SPIRAL_GOAL_S;
  c.vsTfPlayground = typeof t === 'number' && t > 0 ? TF_PLAYGROUND_SPIRAL_S / t : null;
  return typeof t === 'number'
    ? `  spiral to 95%: ${t.toFixed(1)} s; TensorFlow Playground ~${TF_PLAYGROUND_SPIRAL_S} s: ` +
        `${(TF_PLAYGROUND_SPIRAL_S / t).toFixed(1)}× faster (goal ≤ ${SPIRAL_GOAL_S} s, 5×)`
    : `  spiral never reached 95% before the end or the cap (goal ≤ ${SPIRAL_GOAL_S} s)`;
}
