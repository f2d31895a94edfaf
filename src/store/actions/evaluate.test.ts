import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultLayer } from '../../core/model/layer-kinds';
import type { LayerSpec, NetworkSpec } from '../../core/model/network-spec';
import { DEFAULT_TRAINING, type TrainingConfig } from '../../core/train/training-config';
import { initBackend } from '../../engine/backend';
import type { ModelMeta } from '../../core/io/model-meta';
import type { LoadedModel } from '../../worker/protocol';
import { Engine } from '../../engine/engine';
import { pageApi } from '../../worker/connect';
import { setEngineApi } from '../engine-ref';
import { resetStore, useStore, type CurrentModel } from '../store';
import { trainedModel } from '../test-support';
import { ensureEngineData, selectDataset, setDatasetSpec } from './data';
import { evaluateTest, selectTestEvaluation } from './evaluate';
import { currentMeta, restore } from './models';

const network: NetworkSpec = {
  layers: [{ ...defaultLayer('dense', 'a'), units: 8, activation: 'tanh' } as LayerSpec],
  binaryHead: 'softmax',
};
const training: TrainingConfig = {
  ...DEFAULT_TRAINING,
  optimizer: 'adam',
  learningRate: 0.05,
  batchSize: 16,
  epochs: 3,
  seed: 1,
};

let engine: Engine;
const state = () => useStore.getState();

/** Train the engine on the store's current data and mark the model current, as train() does. */
async function trainHere(): Promise<CurrentModel> {
  const s = state();
  const datasetKey = await ensureEngineData();
  const outcomes: string[] = [];
  engine.setListener((events) =>
    events.forEach((e) => e.type === 'ended' && outcomes.push(e.outcome)),
  );
  await engine.train({
    datasetKey,
    dataset: s.datasetSpec,
    network,
    training,
    continue: false,
  });
  expect(outcomes).toEqual(['done']);
  const model: CurrentModel = trainedModel({ network, datasetSpec: s.datasetSpec, training });
  useStore.setState({ model, trainState: 'done' });
  return model;
}

const message = () => state().evaluateMessage?.text;

/** What loading a model with `meta` back gives (the engine's part is tested in model-io.test.ts). */
const loadedFrom = (meta: ModelMeta): LoadedModel => ({
  meta,
  layers: [],
  graphNote: null,
  totalParams: 0,
  inputShape: '[batch, 2]',
  outputShape: '[batch, 3]',
  inputDims: [2],
  generatedBy: null,
  convertedBy: null,
  optimizerState: 'none',
  optimizerNote: null,
});

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
  engine = new Engine();
  setEngineApi(pageApi(engine));
});

afterAll(() => {
  setEngineApi(null);
  engine.dispose();
});

beforeEach(async () => {
  resetStore();
  await selectDataset('blobs');
  setDatasetSpec({ samples: 150, classes: 3, noise: 0.1, split: { train: 60, validation: 20 } });
});

describe('evaluateTest', () => {
  it('says what is missing instead of evaluating', async () => {
    await evaluateTest();
    expect(message()).toBe('Train or load a model first.');
    await trainHere();
    useStore.setState({ trainState: 'paused' });
    await evaluateTest();
    expect(message()).toBe('Stop training first: the weights are still changing.');
    useStore.setState({ trainState: 'done' });
    setDatasetSpec({ split: { train: 80, validation: 20 } });
    await evaluateTest();
    expect(message()).toBe(
      'The test split is empty. Set a test share above 0 % in the split controls.',
    );
    expect(state().testEvaluation).toBeNull();
  });

  it('counts the metrics of the test split and keeps them for that model and data', async () => {
    const model = await trainHere();
    const before = engine.numTensors();
    await evaluateTest();
    expect(engine.numTensors()).toBe(before);
    expect(message()).toBeUndefined();
    const e = selectTestEvaluation(state());
    if (e?.metrics.kind !== 'classification' || e.predictions?.kind !== 'classification') {
      throw new Error('expected a classification result');
    }
    const n = state().dataset.test.n;
    expect(e.metrics.n).toBe(n);
    expect(e.predictions.predicted).toHaveLength(n);
    expect(e.metrics.confusion.flat().reduce((a, b) => a + b, 0)).toBe(n);
    const diagonal = e.metrics.confusion.reduce((a, row, i) => a + row[i]!, 0);
    expect(e.metrics.accuracy).toBeCloseTo(diagonal / n);
    // Three well-separated blobs: three epochs learn most of them.
    expect(e.metrics.accuracy).toBeGreaterThan(0.6);
    expect(e.summary).toMatchObject({ kind: 'classification', n, accuracy: e.metrics.accuracy });
    expect(e.summary.loss).toBeGreaterThan(0);
    expect(e.model).toBe(model);

    // Saved with the model, and shown "as saved" when it is loaded back.
    const meta = currentMeta('blobs-model');
    expect(meta?.testEvaluation).toEqual(e.summary);

    // Other data: no longer shown.
    setDatasetSpec({ seed: 9 });
    expect(selectTestEvaluation(state())).toBeNull();
  });

  it('shows a saved evaluation after loading until evaluated again', async () => {
    await trainHere();
    await evaluateTest();
    const meta = currentMeta('m')!;
    const loaded = loadedFrom(meta);
    await restore(loaded, 'browser', 'm', () => Promise.resolve(loaded));
    const shown = selectTestEvaluation(state());
    expect(shown?.fromSaved).toBe(true);
    expect(shown?.predictions).toBeNull();
    expect(shown?.metrics).toMatchObject({ kind: 'classification', n: meta.testEvaluation?.n });
    await evaluateTest();
    expect(selectTestEvaluation(state())?.fromSaved).toBe(false);
  });

  it('saves and loads back the epoch early stopping put back, with its metrics', async () => {
    await trainHere();
    // As a run's events leave it when early stopping restored epoch 2 of 3.
    const epochs = [0.5, 0.3, 0.4].map((valLoss, i) => ({
      epoch: i + 1,
      loss: 0.5,
      acc: 0.8,
      valLoss,
      valAcc: 1 - valLoss,
      learningRate: 0.05,
      elapsedMs: 10,
    }));
    useStore.setState({ history: epochs, keptEpoch: 2 });
    const meta = currentMeta('kept')!;
    expect(meta.keptEpoch).toBe(2);
    expect(meta.finalMetrics?.epoch).toBe(2);
    expect(meta.finalMetrics).toMatchObject({ valLoss: 0.3, valAcc: 0.7 });
    useStore.setState({ keptEpoch: null });
    const loaded = loadedFrom(meta);
    await restore(loaded, 'browser', 'kept', () => Promise.resolve(loaded));
    expect(state().keptEpoch).toBe(2);
  });

  it('names why a model does not fit the data', async () => {
    await trainHere();
    setDatasetSpec({ classes: 4 });
    await evaluateTest();
    expect(message()).toBe(
      'Could not evaluate: This model outputs [batch, 3]; the data has 4 classes.',
    );
    expect(state().evaluating).toBe(false);
  });
});
