import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { colourTable } from '../../core/data/test-tables';
import {
  DEFAULT_DATASET_SPEC,
  type DatasetSpec,
  type TableSpec,
} from '../../core/data/dataset-spec';
import type { EngineApi } from '../../worker/protocol';
import { setEngineApi } from '../engine-ref';
import { resetStore, useStore, type CurrentModel } from '../store';
import { trainedModel } from '../test-support';
import { batchPredict, predictDigit, predictProbe, predictRecord } from './predict';

const state = () => useStore.getState();

/** A fake engine: each input row → [sigmoid-ish p, 1 − p] from its first value; calls recorded. */
function fakeEngine(gate?: Promise<void>) {
  const calls: { x: number[]; shape: number[] }[] = [];
  const predict = vi.fn(async (x: Float32Array, shape: number[]) => {
    calls.push({ x: Array.from(x), shape });
    await gate;
    const f = shape.reduce((a, b) => a * b, 1);
    const n = x.length / f;
    const out = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      const p = (x[i * f] as number) > 0 ? 0.75 : 0.25;
      out[i * 2] = 1 - p;
      out[i * 2 + 1] = p;
    }
    return out;
  });
  setEngineApi({ predict } as unknown as EngineApi);
  return calls;
}

const modelFor = (dataset: DatasetSpec): CurrentModel =>
  trainedModel({ ...state(), datasetSpec: dataset });

const tableSpec: TableSpec = {
  kind: 'iris',
  file: { name: 'iris.csv', hash: '0123456789abcdef', rows: 150 },
  label: 'kind',
  features: ['size', 'colour'],
  task: 'classification',
  missing: 'drop',
  scaling: 'standardize',
  seed: 1,
  split: { train: 60, validation: 20 },
};
const table = colourTable({
  x: new Float32Array([-1, 1, 0, 1, 0, 1]),
  y: new Int32Array([0, 1]),
  n: 2,
});
const useTable = () =>
  useStore.setState({ datasetSpec: tableSpec, dataset: table, model: modelFor(tableSpec) });

beforeEach(() => resetStore());
afterEach(() => setEngineApi(null));

describe('predictProbe', () => {
  it('predicts at the point with a model trained on this data', async () => {
    const calls = fakeEngine();
    useStore.setState({ model: modelFor(DEFAULT_DATASET_SPEC), probe: { x: 0.5, y: -1 } });
    await predictProbe();
    expect(calls).toEqual([{ x: [0.5, -1], shape: [2] }]);
    expect(state().probeOutput).toEqual({ x: 0.5, y: -1, values: [0.25, 0.75] });
  });

  it('says so when the model was trained on other data, without asking the engine', async () => {
    const calls = fakeEngine();
    useStore.setState({ model: modelFor({ ...DEFAULT_DATASET_SPEC, kind: 'xor' }) });
    await predictProbe();
    expect(calls).toEqual([]);
    expect(state().probeError).toMatch(
      /^This model was trained on XOR, but the data now is Circle/,
    );
  });
});

describe('predictDigit', () => {
  it('keeps one prediction in flight and then predicts only the latest drawing', async () => {
    let open = () => {};
    const calls = fakeEngine(new Promise<void>((r) => (open = r)));
    const spec: DatasetSpec = {
      kind: 'mnist',
      samples: 500,
      seed: 1,
      split: { train: 60, validation: 20 },
    };
    const digits = { ...table, inputShape: [28, 28, 1], columns: undefined, scaling: null };
    useStore.setState({ datasetSpec: spec, dataset: digits, model: modelFor(spec) });
    const drawing = (v: number) => new Float32Array(784).fill(v);
    const first = predictDigit(drawing(1));
    void predictDigit(drawing(0.2));
    void predictDigit(drawing(-1));
    open();
    await first;
    expect(calls.map((c) => c.x[0])).toEqual([1, -1]);
    expect(calls[0]?.shape).toEqual([28, 28, 1]);
    expect(state().digitPrediction?.values).toEqual([0.75, 0.25]);
    await predictDigit(null);
    expect(state().digitPrediction).toBeNull();
  });
});

describe('predictRecord', () => {
  it('scales the row as the training data was and predicts it', async () => {
    const calls = fakeEngine();
    useTable();
    await predictRecord({ size: '14', colour: 'blue' });
    expect(calls).toEqual([{ x: [2, 0, 1], shape: [3] }]);
    expect(state().recordPrediction).toMatchObject({ values: [0.25, 0.75], error: null });
  });

  it('names the field that is wrong', async () => {
    const calls = fakeEngine();
    useTable();
    await predictRecord({ size: 'huge', colour: 'blue' });
    expect(calls).toEqual([]);
    expect(state().recordPrediction).toMatchObject({
      values: null,
      error: '“size” needs a number like 5.1; got “huge”.',
    });
  });
});

describe('batchPredict', () => {
  const file = (text: string, name = 'new.csv') => new File([text], name, { type: 'text/csv' });

  it('appends predictions to the rows, keeping other columns, and names the file', async () => {
    fakeEngine();
    useTable();
    await batchPredict(file('size,colour,kind\n14,blue,big\n6,red,small\nx,red,?\n'));
    const out = state().batchPrediction;
    expect(out).toMatchObject({
      fileName: 'new-predictions.csv',
      summary: 'Predicted 2 of 3 rows.',
      error:
        '1 row could not be predicted (their prediction cells are empty): Row 3: “size” needs a number; got “x”.',
    });
    expect(state().batchBusy).toBe(false);
    expect(Papa.parse<string[]>(out?.csv ?? '').data).toEqual([
      ['size', 'colour', 'kind', 'predicted_kind', 'p_small', 'p_big', 'prediction_error'],
      ['14', 'blue', 'big', 'big', '0.25', '0.75', ''],
      ['6', 'red', 'small', 'small', '0.75', '0.25', ''],
      ['x', 'red', '?', '', '', '', '“size” needs a number; got “x”.'],
    ]);
  });

  it('names the missing columns and offers nothing to download', async () => {
    const calls = fakeEngine();
    useTable();
    await batchPredict(file('colour\nred\n', 'partial.csv'));
    expect(calls).toEqual([]);
    expect(state().batchPrediction).toMatchObject({
      csv: null,
      error:
        'partial.csv has no column “size”. The model needs size, colour (other columns are kept as they are).',
    });
  });

  it('refuses without a model', async () => {
    fakeEngine();
    await batchPredict(file('x1,x2\n1,2\n'));
    expect(state().batchPrediction?.error).toBe('Train or load a model first.');
  });
});
