import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { DEFAULT_NETWORK } from '../model/network-spec';
import { DEFAULT_TRAINING } from '../train/training-config';
import type { RunConfig } from './run-config';
import { bestIndex, planSweep, summarizeSweep, sweepProgressText, SWEEP_MAX_RUNS } from './sweep';
import { parseSweepValues } from './sweep-settings';

const base: RunConfig = {
  dataset: DEFAULT_DATASET_SPEC,
  network: DEFAULT_NETWORK,
  training: DEFAULT_TRAINING,
  backend: 'cpu',
};

describe('parseSweepValues', () => {
  it('reads comma-separated numbers, ignoring spaces and empty items', () => {
    expect(parseSweepValues('learningRate', ' 0.1, 0.01 ,,0.001 ', base)).toEqual({
      ok: true,
      value: [0.1, 0.01, 0.001],
    });
  });

  it('names the bad value', () => {
    expect(parseSweepValues('learningRate', '0.1, fast', base)).toEqual({
      ok: false,
      error: 'Learning rate: “fast” is not a number.',
    });
    expect(parseSweepValues('learningRate', '0.1, 200', base)).toEqual({
      ok: false,
      error: 'Learning rate “200”: Learning rate must be at most 100.',
    });
    expect(parseSweepValues('batchSize', '8, 2.5', base)).toEqual({
      ok: false,
      error: 'Batch size “2.5”: Batch size must be a whole number.',
    });
    expect(parseSweepValues('epochs', '5, 5', base)).toEqual({
      ok: false,
      error: 'Epochs: “5” is listed twice.',
    });
  });

  it('asks for at least one value', () => {
    const r = parseSweepValues('seed', ' , ', base);
    expect(r).toEqual({
      ok: false,
      error: 'List at least one value for seed, separated by commas.',
    });
  });

  it('reads optimizers by id or label, and lists the choices for a wrong one', () => {
    expect(parseSweepValues('optimizer', 'SGD, adam, SGD with momentum', base)).toEqual({
      ok: true,
      value: ['sgd', 'adam', 'momentum'],
    });
    const r = parseSweepValues('optimizer', 'adam, lion', base);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(
      /^Optimizer: “lion” is not an optimizer: use sgd, momentum, adam/,
    );
  });

  it('checks units against the Dense layer’s range, and needs a Dense layer', () => {
    expect(parseSweepValues('firstUnits', '4, 0', base)).toEqual({
      ok: false,
      error: 'Units of the first Dense layer “0”: Units must be a whole number from 1 to 4096.',
    });
    const noDense = { ...base, network: { ...base.network, layers: [] } };
    const r = parseSweepValues('firstUnits', '4', noDense);
    expect(!r.ok && r.error).toMatch(/no Dense layer/);
  });
});

describe('planSweep', () => {
  it('crosses two settings, the first varying slowest, and applies each value', () => {
    const plan = planSweep(
      base,
      [
        { setting: 'optimizer', values: ['sgd', 'adam'] },
        { setting: 'learningRate', values: [0.1, 0.01] },
      ],
      1,
    );
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.runs.map((r) => r.label)).toEqual([
      'SGD lr=0.1',
      'SGD lr=0.01',
      'Adam lr=0.1',
      'Adam lr=0.01',
    ]);
    const first = plan.value.runs[0]?.config.training;
    expect(first).toMatchObject({ optimizer: 'sgd', learningRate: 0.1, optimizerSettings: {} });
    expect(plan.value.runs[3]?.config.network.layers[0]).toMatchObject({ units: 8 });
  });

  it('repeats each combination over consecutive seeds from the base seed', () => {
    const plan = planSweep(base, [{ setting: 'firstUnits', values: [4, 16] }], 3);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.value.runs.map((r) => [r.combination, r.config.training.seed])).toEqual([
      [0, 42],
      [0, 43],
      [0, 44],
      [1, 42],
      [1, 43],
      [1, 44],
    ]);
    expect(plan.value.runs[4]?.label).toBe('units=16 · seed 43');
    expect(plan.value.runs[4]?.config.network.layers[0]).toMatchObject({ units: 16 });
  });

  it('refuses more than the run limit, and contradictory requests', () => {
    const many = Array.from({ length: 26 }, (_, i) => i + 1);
    const r = planSweep(base, [{ setting: 'epochs', values: many }], 2);
    expect(r).toEqual({
      ok: false,
      error: `That is 52 runs; a sweep may train at most ${SWEEP_MAX_RUNS}. Use fewer values or seeds.`,
    });
    expect(planSweep(base, [{ setting: 'seed', values: [1, 2] }], 2).ok).toBe(false);
    const same = planSweep(
      base,
      [
        { setting: 'seed', values: [1] },
        { setting: 'seed', values: [2] },
      ],
      1,
    );
    expect(same.ok).toBe(false);
    expect(planSweep(base, [], 1).ok).toBe(false);
  });
});

describe('summarizeSweep', () => {
  const plan = planSweep(base, [{ setting: 'learningRate', values: [0.1, 0.01] }], 2);
  if (!plan.ok) throw new Error(plan.error);

  it('gives mean ± sample spread per combination and marks the best', () => {
    const s = summarizeSweep(plan.value, [0.8, 0.9, 0.7, null], true);
    expect(s[0]).toMatchObject({ label: 'lr=0.1', count: 2, best: true });
    expect(s[0]?.mean).toBeCloseTo(0.85);
    expect(s[0]?.spread).toBeCloseTo(Math.sqrt(0.005));
    expect(s[1]).toEqual({ label: 'lr=0.01', count: 1, mean: 0.7, spread: 0, best: false });
  });

  it('marks the lowest when lower is better, and none without metrics', () => {
    expect(summarizeSweep(plan.value, [0.8, 0.9, 0.7, 0.7], false).map((s) => s.best)).toEqual([
      false,
      true,
    ]);
    expect(summarizeSweep(plan.value, [null, null, null, null], true).some((s) => s.best)).toBe(
      false,
    );
  });
});

describe('bestIndex and progress', () => {
  it('skips missing values and keeps the first of ties', () => {
    expect(bestIndex([null, 0.5, 0.9, 0.9], true)).toBe(2);
    expect(bestIndex([Number.NaN, 0.5, 0.2], false)).toBe(2);
    expect(bestIndex([null], true)).toBeNull();
  });

  it('estimates the time left from the durations so far', () => {
    expect(sweepProgressText(1, 6, [])).toBe('Run 1 of 6');
    expect(sweepProgressText(2, 6, [8_000])).toBe('Run 2 of 6 · about 40 s left');
    expect(sweepProgressText(3, 50, [60_000, 60_000])).toBe('Run 3 of 50 · about 48 min left');
  });
});
