import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { DEFAULT_NETWORK } from '../model/network-spec';
import { DEFAULT_TRAINING } from '../train/training-config';
import type { RunSummary } from './run-summary';
import { DEFAULT_RUNS_SORT, filterRuns, NO_RUNS_FILTER, sortRuns } from './runs-table';

const run = (id: string, patch: Partial<RunSummary> = {}, lr = 0.03): RunSummary => ({
  id,
  name: `Run ${id}`,
  colour: 0,
  startedAt: Number(id),
  status: 'done',
  message: null,
  config: {
    dataset: DEFAULT_DATASET_SPEC,
    network: DEFAULT_NETWORK,
    training: { ...DEFAULT_TRAINING, learningRate: lr },
    backend: 'cpu',
  },
  backend: 'cpu',
  durationMs: 1000,
  epochs: 3,
  metric: 'accuracy',
  finalValMetric: 0.8,
  bestValMetric: 0.9,
  finalValLoss: 0.3,
  bestValLoss: 0.2,
  finalTrainLoss: 0.25,
  continuedFrom: null,
  modelName: null,
  sweepId: null,
  starred: false,
  bytes: 100,
  ...patch,
});

const ids = (rs: RunSummary[]) => rs.map((r) => r.id);

describe('sortRuns', () => {
  const runs = [
    run('1', { bestValMetric: 0.7 }, 0.1),
    run('2', { bestValMetric: null }, 0.03),
    run('10', { bestValMetric: 0.95 }, 0.003),
  ];

  it('starts newest first', () => {
    expect(ids(sortRuns(runs, DEFAULT_RUNS_SORT))).toEqual(['10', '2', '1']);
  });

  it('sorts a metric either way, with missing values last', () => {
    expect(ids(sortRuns(runs, { column: 'bestMetric', direction: 'ascending' }))).toEqual([
      '1',
      '10',
      '2',
    ]);
    expect(ids(sortRuns(runs, { column: 'bestMetric', direction: 'descending' }))).toEqual([
      '10',
      '1',
      '2',
    ]);
  });

  it('sorts a setting’s values as numbers, and names naturally', () => {
    expect(ids(sortRuns(runs, { column: 'learningRate', direction: 'ascending' }))).toEqual([
      '10',
      '2',
      '1',
    ]);
    expect(ids(sortRuns(runs, { column: 'name', direction: 'ascending' }))).toEqual([
      '1',
      '2',
      '10',
    ]);
  });
});

describe('filterRuns', () => {
  const runs = [
    run('1', { name: 'baseline' }, 0.1),
    run('2', { status: 'failed' }, 0.01),
    run('3', {
      config: {
        ...run('3').config,
        training: { ...DEFAULT_TRAINING, optimizer: 'sgd', optimizerSettings: {} },
      },
    }),
  ];

  it('keeps everything without a filter', () => {
    expect(ids(filterRuns(runs, NO_RUNS_FILTER))).toEqual(['1', '2', '3']);
  });

  it('matches every word against the name and the settings, ignoring case', () => {
    expect(ids(filterRuns(runs, { text: 'BASE', status: 'all' }))).toEqual(['1']);
    expect(ids(filterRuns(runs, { text: 'sgd', status: 'all' }))).toEqual(['3']);
    expect(ids(filterRuns(runs, { text: 'adam 0.01', status: 'all' }))).toEqual(['2']);
    expect(ids(filterRuns(runs, { text: 'adam nothing-like-this', status: 'all' }))).toEqual([]);
  });

  it('filters by status', () => {
    expect(ids(filterRuns(runs, { text: '', status: 'failed' }))).toEqual(['2']);
  });
});
