/**
 * The app's own training throughput against a bare `model.fit` loop, in the
 * same page, on the same backend, model and data. The app runs for real:
 * the React UI is mounted (charts drawing every frame) and training goes
 * through the store's actions with the engine on this page. Then bare
 * `model.fit` runs on identical data. Both skip their first epoch (shader
 * compilation). Also: tensor-count growth over 50 epochs per optimizer.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createRoot } from 'react-dom/client';
import { App } from '../src/app/App';
import { TrainingCharts } from '../src/ui/charts/TrainingCharts';
import { buildDataset } from '../src/core/data/dataset';
import { defaultLoss } from '../src/core/train/losses';
import { defaultOptimizerSettings, OPTIMIZERS } from '../src/core/train/optimizers';
import { DEFAULT_TRAINING } from '../src/core/train/training-config';
import { initBackend } from '../src/engine/backend';
import { buildModel } from '../src/engine/build-model';
import { toTensors } from '../src/engine/data-tensors';
import { makeOptimizer } from '../src/engine/optimizers';
import { Trainer } from '../src/engine/trainer';
import { initEngine } from '../src/store/actions/engine';
import { train } from '../src/store/actions/train';
import { useStore } from '../src/store/store';
import '../src/app/styles.css';
import type { BenchResult } from './bench-page';
import { BENCH_NETWORK, bareFitThroughput, benchSpec } from './workload';

const params = new URLSearchParams(location.search);
const EPOCHS = Number(params.get('epochs') ?? 6);
const BATCH = Number(params.get('batch') ?? 32);
const SAMPLES = Number(params.get('samples') ?? 2000);
/** Where the app's engine runs: `?engine=worker` (the app's default) or `page`. */
const ENGINE_MODE = params.get('engine') === 'worker' ? 'worker' : 'page';

const results: BenchResult[] = [];
const out = document.getElementById('out') as HTMLPreElement;
const record = (r: BenchResult) => {
  results.push(r);
  out.textContent = results
    .map((x) => `${x.name}: ${x.value.toFixed(2)} ${x.unit} ${x.note ?? ''}`)
    .join('\n');
};

const spec = benchSpec(SAMPLES);
const network = BENCH_NETWORK;
const config = {
  ...DEFAULT_TRAINING,
  optimizer: 'adam' as const,
  optimizerSettings: defaultOptimizerSettings('adam'),
  learningRate: 0.01,
  batchSize: BATCH,
  epochs: EPOCHS,
};

async function appThroughput(): Promise<number> {
  useStore.setState({ datasetSpec: spec, dataset: buildDataset(spec), network, training: config });
  await train();
  const h = useStore.getState().history;
  const first = h[0];
  const last = h.at(-1);
  if (!first || !last || h.length < 2) throw new Error('The app run produced too few epochs.');
  const trainN = useStore.getState().dataset.train.n;
  return (trainN * (h.length - 1)) / ((last.elapsedMs - first.elapsedMs) / 1000);
}

/** Tensor count growth between epoch 2 and epoch 50, per optimizer (its task's usual loss). */
async function tensorGrowth(): Promise<void> {
  const small = buildDataset(benchSpec(200));
  const data = toTensors(small);
  for (const o of OPTIMIZERS) {
    const model = buildModel(network, { inputShape: small.inputShape, task: small.task }, 1);
    const optimizer = makeOptimizer(
      o.id,
      o.defaultLearningRate / 10,
      defaultOptimizerSettings(o.id),
    );
    const counts: number[] = [];
    await new Trainer({
      model,
      optimizer,
      train: data.train,
      validation: data.validation,
      config: {
        ...config,
        optimizer: o.id,
        loss: defaultLoss({ units: 2, activation: 'softmax' }),
        batchSize: 64,
        epochs: 50,
      },
      startEpoch: 0,
      startStep: 0,
      startMs: 0,
      onEpoch: () => counts.push(tf.memory().numTensors),
      onBatches: () => {},
      onProgress: () => {},
      onPauseChange: () => {},
    }).run();
    record({
      name: `tensor growth, epochs 2→50, ${o.label}`,
      value: (counts.at(-1) ?? 0) - (counts[1] ?? 0),
      unit: 'tensors',
    });
    optimizer.dispose();
    model.dispose();
  }
  data.dispose();
}

async function main() {
  // `?ui=none` or `?ui=charts` mount less than the whole app, to see what costs.
  const ui = params.get('ui');
  if (ui !== 'none')
    createRoot(document.getElementById('root') as HTMLElement).render(
      ui === 'charts' ? <TrainingCharts /> : <App />,
    );
  await initEngine({
    mode: ENGINE_MODE,
    backend: (params.get('backend') as 'webgl' | 'cpu' | null) ?? 'webgl',
  });
  const engine = useStore.getState().engine;
  record({
    name: `backend ${engine.backend} (engine ${engine.mode === 'page' ? 'on the page' : 'in a Web Worker'})`,
    value: 0,
    unit: '',
    note: engine.renderer ?? '',
  });
  const app = await appThroughput();
  record({
    name: `app training, UI + charts live (batch ${BATCH})`,
    value: app,
    unit: 'samples/s',
  });
  // With the engine in a worker, the page's own tfjs has no backend yet.
  if (engine.mode === 'worker') await initBackend(engine.backend === 'cpu' ? 'cpu' : 'webgl');
  const bare = await bareFitThroughput(spec, BATCH, EPOCHS - 1);
  record({ name: `bare model.fit, same page (batch ${BATCH})`, value: bare, unit: 'samples/s' });
  record({ name: 'app / bare model.fit throughput', value: app / bare, unit: '×' });
  if (params.get('growth') !== '0') await tensorGrowth();
  window.__benchResults = results;
}

main().catch((e: unknown) => {
  window.__benchError = String(e instanceof Error ? e.stack : e);
  out.textContent = String(e);
});
