/**
 * The app's own training throughput against a bare `model.fit` loop, in the
 * same page, on the same backend, model and data. The app runs for real:
 * the React UI is mounted (charts and boundary map drawing as they do) and
 * training goes through the store's actions, as the Train button does, with
 * the engine on this page or in its worker (`?engine=`). After a warm-up of
 * each (shader compilation), app rounds (continuing the same model) and bare
 * `fit` rounds alternate, each timed from the end of its first epoch to the
 * end of its last, so that drift in the machine's speed weighs on both.
 * Also: tensor-count growth over 50 epochs per optimizer.
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
import { BENCH_NETWORK, bareFit, benchSpec, perSecond, sumRates, type Rate } from './workload';

const params = new URLSearchParams(location.search);
/** Epochs per round (the first only marks the start) and rounds of app then bare fit. */
const EPOCHS = Number(params.get('epochs') ?? 4);
const ROUNDS = Number(params.get('rounds') ?? 3);
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

/** Training samples per second over `records` (the first one only marks the start). */
function recordsThroughput(records: readonly { elapsedMs: number }[], n: number): Rate {
  const first = records[0];
  const last = records.at(-1);
  if (!first || !last || records.length < 2) throw new Error('A run produced too few epochs.');
  return { samples: n * (records.length - 1), ms: last.elapsedMs - first.elapsedMs };
}

/**
 * One app round: train (or continue) `EPOCHS` epochs through the store, as
 * the Train button does; the round's first epoch only marks the start.
 */
async function appRound(): Promise<Rate> {
  const before = useStore.getState().history.length;
  await train();
  const s = useStore.getState();
  if (s.trainState !== 'done') throw new Error(`The app run ended ${s.trainState}.`);
  return recordsThroughput(s.history.slice(before), s.dataset.train.n);
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
  // With the engine in a worker, the page's own tfjs has no backend yet.
  if (engine.mode === 'worker') await initBackend(engine.backend === 'cpu' ? 'cpu' : 'webgl');
  // Warm both up (shader compilation), then alternate app and bare rounds so
  // that a machine getting slower or faster mid-run weighs on both alike.
  const bare = await bareFit(spec, BATCH);
  useStore.setState({ datasetSpec: spec, dataset: buildDataset(spec), network, training: config });
  await appRound();
  const app: Rate[] = [];
  const fit: Rate[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    app.push(await appRound());
    fit.push(await bare.round(EPOCHS));
  }
  bare.dispose();
  const appRate = perSecond(sumRates(app));
  const fitRate = perSecond(sumRates(fit));
  const perRound = app.map((a, r) => (perSecond(a) / perSecond(fit[r] as Rate)).toFixed(2));
  record({
    name: `app training, UI + charts live (batch ${BATCH})`,
    value: appRate,
    unit: 'samples/s',
  });
  record({ name: `bare model.fit, same page (batch ${BATCH})`, value: fitRate, unit: 'samples/s' });
  record({
    name: 'app / bare model.fit throughput',
    value: appRate / fitRate,
    unit: '×',
    note: `(rounds: ${perRound.join(', ')})`,
  });
  if (params.get('growth') !== '0') await tensorGrowth();
  window.__benchResults = results;
}

main().catch((e: unknown) => {
  window.__benchError = String(e instanceof Error ? e.stack : e);
  out.textContent = String(e);
});
