import { describe, expect, it } from 'vitest';
import { diffResults, formatCompare } from './compare';
import type { BenchCase, BenchResults } from './results';

const results = (cases: BenchCase[]): BenchResults => ({
  date: '2026-12-01T00:00:00.000Z',
  machine: { cores: 2, cpu: 'x', memoryGiB: 8, os: 'Linux', arch: 'x64', node: 'v20' },
  browser: { chromium: '156', webglRenderer: null },
  build: 'production',
  groups: ['throughput', 'journeys'],
  cases,
});

const app = (ratio: number, rate: number): BenchCase => ({
  name: 'throughput: app',
  group: 'throughput',
  backend: 'webgl',
  note: 'n',
  throughputRatio: ratio,
  appSamplesPerS: rate,
});

describe('diffResults', () => {
  it('gives old, new, the change and its direction per figure', () => {
    const [c] = diffResults(results([app(1, 1000)]), results([app(1.1, 900)]));
    expect(c?.in).toBe('both');
    expect(c?.backend).toBe('webgl');
    const ratio = c?.figures.find((f) => f.field === 'throughputRatio');
    expect(ratio?.old).toBe(1);
    expect(ratio?.new).toBe(1.1);
    expect(ratio?.change).toBeCloseTo(0.1, 10);
    expect(ratio?.relative).toBeCloseTo(0.1, 10);
    expect(ratio?.verdict).toBe('better');
    const rate = c?.figures.find((f) => f.field === 'appSamplesPerS');
    expect(rate?.change).toBe(-100);
    // A raw figure has no better or worse.
    expect(rate?.verdict).toBeNull();
  });

  it('knows lower is better for times and growth', () => {
    const j = (ms: number): BenchCase => ({
      name: 'journey',
      group: 'journeys',
      backend: 'wasm',
      note: '',
      longestTaskMs: ms,
      timeToTargetS: null,
    });
    const [c] = diffResults(results([j(200)]), results([{ ...j(120), backend: 'webgl' }]));
    expect(c?.backend).toBe('wasm → webgl');
    expect(c?.figures.find((f) => f.field === 'longestTaskMs')?.verdict).toBe('better');
    // Not reached in either run: listed, no change.
    const t = c?.figures.find((f) => f.field === 'timeToTargetS');
    expect(t).toMatchObject({ old: null, new: null, change: null, verdict: null });
  });

  it('lists cases only one file has, and skips words', () => {
    const gone: BenchCase = { name: 'gone', group: 'grid', backend: 'cpu', note: '', gridMs: 20 };
    const fresh: BenchCase = {
      name: 'fresh',
      group: 'grid',
      backend: 'cpu',
      note: '',
      fastestBackend: 'cpu',
      mapsPerRun: 3,
    };
    const diffs = diffResults(results([gone]), results([fresh]));
    expect(diffs.map((d) => [d.name, d.in])).toEqual([
      ['fresh', 'new'],
      ['gone', 'old'],
    ]);
    expect(diffs[0]?.figures.map((f) => f.field)).toEqual(['mapsPerRun']);
    expect(diffs[0]?.figures[0]).toMatchObject({ old: undefined, new: 3, change: null });
  });
});

describe('formatCompare', () => {
  it('prints old → new with the change per figure', () => {
    const text = formatCompare(
      diffResults(results([app(1, 1000)]), results([app(1.25, 1000)])),
      'old.json',
      'new.json',
    );
    expect(text).toContain('old.json → new.json');
    expect(text).toContain('throughput: app [webgl]');
    expect(text).toMatch(/throughputRatio\s+1\.00× → 1\.25×\s+\+0\.25× \(\+25\.0%\)\s+better/);
    expect(text).toMatch(/appSamplesPerS\s+1,000 → 1,000\s+±0 \(±0\.0%\)/);
  });
});
