import { describe, expect, it } from 'vitest';
import { appVsFastestCase } from './derive';
import { journeyCase, spiralVersusPlayground } from './journey-case';
import type { ProbeData } from './probe';
import { mergeResults, type BenchCase, type BenchResults } from './results';

const probe: ProbeData = {
  // One long task before the click (page load), two during training.
  tasks: [
    { startTime: 200, duration: 700 },
    { startTime: 1200, duration: 60 },
    { startTime: 3000, duration: 140 },
  ],
  frames: [1000, 1016, 1033, 1050, 1150],
  clickAt: 1000,
  trainEnabledAt: 800,
  epochs: [
    { epoch: 1, valAcc: 0.6, at: 1500 },
    { epoch: 2, valAcc: 0.96, at: 2500 },
    { epoch: 3, valAcc: 0.97, at: 3500 },
  ],
  endedAt: 3600,
  endState: 'done',
  stopAt: null,
  firstCurveAt: 1700,
};
const run = { ended: true, backend: 'wasm', setup: '240 training samples' };

describe('journeyCase', () => {
  it('times the target from the Train click and keeps page-load tasks out', () => {
    const c = journeyCase({ name: 'spiral', target: 0.95, capS: 60 }, probe, run);
    expect(c).toMatchObject({
      group: 'journeys',
      backend: 'wasm',
      longestTaskMs: 140,
      longTasks: 2,
      timeToTargetS: 1.5,
      epochsToTarget: 2,
      epochs: 3,
      trainS: 2.6,
      bestValAcc: 0.97,
      frames: 4,
      longestFrameMs: 100,
      p95FrameMs: 100,
      firstCurveS: 0.7,
      longTasksAt: '0.2 s 60 ms, 2.0 s 140 ms',
    });
    expect(c.note).toContain('ran to its end (done)');
  });

  it('has a null time when the target is never reached, and says it was capped', () => {
    const c = journeyCase({ name: 'digits', target: 0.99, capS: 90 }, probe, {
      ...run,
      ended: false,
    });
    expect(c.timeToTargetS).toBeNull();
    expect(c.note).toContain('stopped at the 90 s cap');
  });

  it('ends a run cut at its cap where the bench began its Stop click', () => {
    const c = journeyCase(
      { name: 'cnn', capS: 2 },
      { ...probe, stopAt: 2900 },
      {
        ...run,
        ended: false,
      },
    );
    // The 140 ms task at 3000 came after: the click's own work, not training.
    expect(c).toMatchObject({
      longestTaskMs: 60,
      longTasks: 1,
      longTasksAt: '0.2 s 60 ms',
      trainS: 1.9,
    });
  });

  it('has no time-to-target figure without a target', () => {
    expect(journeyCase({ name: 'iris', capS: 45 }, probe, run)).not.toHaveProperty('timeToTargetS');
  });

  it('compares the spiral with TensorFlow Playground', () => {
    const c = journeyCase({ name: 'spiral', target: 0.95, capS: 60 }, probe, run);
    expect(spiralVersusPlayground(c)).toContain('1.5 s; TensorFlow Playground ~32 s: 21.3× faster');
    expect(c.vsTfPlayground).toBeCloseTo(32 / 1.5, 10);
  });
});

describe('appVsFastestCase', () => {
  const bare = (backend: string, rate: number): BenchCase => ({
    name: `bare model.fit on ${backend}`,
    group: 'throughput',
    backend,
    note: '',
    fitSamplesPerS: rate,
  });
  it('combines the app ratio with the bare rates', () => {
    const app: BenchCase = {
      name: 'throughput: whole app (engine in its worker) vs bare model.fit',
      group: 'throughput',
      backend: 'webgl',
      note: '',
      throughputRatio: 0.9,
    };
    const c = appVsFastestCase([app, bare('webgl', 700), bare('cpu', 7000)]);
    expect(c?.name).toBe(
      'throughput: whole app (engine in its worker) vs the fastest bare backend',
    );
    expect(c?.throughputRatio).toBeCloseTo(0.09, 10);
    expect(c?.fastestBackend).toBe('cpu');
  });
  it('is null without the app case', () => {
    expect(appVsFastestCase([bare('cpu', 1)])).toBeNull();
  });
});

describe('mergeResults', () => {
  const file = (groups: BenchResults['groups'], cases: BenchCase[]): BenchResults => ({
    date: 'd',
    machine: { cores: 2, cpu: '', memoryGiB: 1, os: '', arch: '', node: '' },
    browser: { chromium: '', webglRenderer: null },
    build: 'production',
    groups,
    cases,
  });
  const c = (name: string, group: BenchCase['group']): BenchCase => ({
    name,
    group,
    backend: 'cpu',
    note: '',
  });
  it("replaces the groups run now and keeps the others, in the groups' order", () => {
    const old = file(['data', 'journeys'], [c('d', 'data'), c('j-old', 'journeys')]);
    const merged = mergeResults(old, file(['journeys'], [c('j-new', 'journeys')]));
    expect(merged.cases.map((x) => x.name)).toEqual(['d', 'j-new']);
    expect(merged.groups).toEqual(['data', 'journeys']);
  });
});
