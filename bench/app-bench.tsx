/**
 * The app's own training throughput against a bare `model.fit` loop, in the
 * same page, on the same backend, model and data. The app runs for real:
 * the React UI is mounted (charts and boundary map drawing as they do) and
 * training goes through the store's actions, as the Train button does, with
 * the engine on this page or in its worker (`?engine=`). After a warm-up of
 * each (shader compilation), app rounds (continuing the same model) and bare
 * `fit` rounds alternate, each timed from the end of its first epoch to the
 * end of its last, so that drift in the machine's speed weighs on both.
 * Also: tensor-count and GPU-memory growth over 50 epochs per optimizer.
 * `?growth=0` skips the growth part, `?throughput=0` the throughput part.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createRoot } from 'react-dom/client';
import { App } from '../src/app/App';
import { TrainingCharts } from '../src/ui/charts/TrainingCharts';
import { buildDataset } from '../src/core/data/dataset';
import { defaultLoss } from '../src/core/train/losses';
import { defaultOptimizerSettings, OPTIMIZER_CHOICES } from '../src/core/train/optimizers';
import { DEFAULT_TRAINING } from '../src/core/train/training-config';
import { activateBackend } from '../src/engine/backend';
import type { BackendName, BackendPreference } from '../src/worker/protocol';
import { buildModel } from '../src/engine/build-model';
import { toTensors } from '../src/engine/data-tensors';
import { makeOptimizer } from '../src/engine/optimizers';
import { Trainer } from '../src/engine/trainer';
import { initEngine } from '../src/store/actions/engine';
import { train } from '../src/store/actions/train';
import { useStore } from '../src/store/store';
import '../src/app/styles.css';
import { memoryFigures, pageReport } from './page-report';
import { BENCH_NETWORK, bareFit, benchSpec, perSecond, sumRates, type Rate } from './workload';

const params = new URLSearchParams(location.search);
/** Epochs per round (the first only marks the start) and rounds of app then bare fit. */
const EPOCHS = Number(params.get('epochs') ?? 4);
const ROUNDS = Number(params.get('rounds') ?? 3);
const BATCH = Number(params.get('batch') ?? 32);
const SAMPLES = Number(params.get('samples') ?? 2000);
/** Where the app's engine runs: `?engine=worker` (the app's default) or `page`. */
const ENGINE_MODE = params.get('engine') === 'worker' ? 'worker' : 'page';

const report = pageReport();
const record = report.line;

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
/**
 * Tensor count and GPU bytes growth between epoch 2 and epoch 50, per
 * optimizer (its task's usual loss), on the page's backend.
 */
async function memoryGrowth(backend: string): Promise<void> {
  const small = buildDataset(benchSpec(200));
  const data = toTensors(small);
  for (const o of OPTIMIZER_CHOICES) {
    const model = buildModel(network, { inputShape: small.inputShape, task: small.task }, 1);
    const optimizer = makeOptimizer(
      o.id,
      o.defaultLearningRate / 10,
      defaultOptimizerSettings(o.id),
    );
    const counts: ReturnType<typeof memoryFigures>[] = [];
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
      onEpoch: () => counts.push(memoryFigures(tf.memory())),
      onBatches: () => {},
      onProgress: () => {},
      onPauseChange: () => {},
    }).run();
    const [second, last] = [counts[1], counts.at(-1)];
    if (!second || !last || counts.length !== 50) throw new Error(`${o.label}: too few epochs.`);
    const gpuGrowth =
      last.gpuBytes === null || second.gpuBytes === null ? null : last.gpuBytes - second.gpuBytes;
    record({
      name: `tensor growth, epochs 2→50, ${o.label}`,
      value: last.tensors - second.tensors,
      unit: 'tensors',
      note: gpuGrowth === null ? '' : `GPU bytes ${gpuGrowth}`,
    });
    report.addCase({
      name: `memory: ${o.label}, epochs 2 → 50`,
      group: 'memory',
      backend,
      tensorGrowth: last.tensors - second.tensors,
      gpuBytesGrowth: gpuGrowth,
      baselineTensors: second.tensors,
      baselineGpuBytes: second.gpuBytes,
      note: "the app's Trainer, 160 spiral points, batch 64, tf.memory() after each epoch, baseline at epoch 2",
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
  // The app's own backend choice (Auto) unless `?backend=` pins one.
  const pinned = params.get('backend') as BackendPreference | null;
  await initEngine({ mode: ENGINE_MODE, ...(pinned && { backend: pinned }) });
  if (params.get('throughput') !== '0') await throughput();
  if (params.get('growth') !== '0') {
    // The growth figures are about the WebGL texture pool unless a backend is pinned.
    await activateBackend(pinned && pinned !== 'auto' ? pinned : 'webgl');
    await memoryGrowth(tf.getBackend());
  }
  report.done();
}

/**
 * App rounds and bare `fit` rounds, alternating, after a warm-up of each;
 * the bare side runs on the page, on the backend the app's run trained on.
 */
async function throughput(): Promise<void> {
  useStore.setState({ datasetSpec: spec, dataset: buildDataset(spec), network, training: config });
  await appRound();
  const engine = useStore.getState().engine;
  const backend = engine.backend ?? 'cpu';
  const mode = engine.mode;
  record({
    name: `backend ${backend} (engine ${mode === 'page' ? 'on the page' : 'in a Web Worker'})`,
    value: 0,
    unit: '',
    note: engine.renderer ?? '',
  });
  // With the engine on the page this is its own tfjs, already on that backend.
  await activateBackend(backend as BackendName);
  // Warm the bare side up too (shader compilation), then alternate app and
  // bare rounds so that a machine getting slower or faster weighs on both alike.
  const bare = await bareFit(spec, BATCH);
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
  const where = mode === 'worker' ? 'engine in its worker' : 'engine on the page';
  report.addCase({
    name: `throughput: whole app (${where}) vs bare model.fit`,
    group: 'throughput',
    backend,
    throughputRatio: appRate / fitRate,
    appSamplesPerS: appRate,
    fitSamplesPerS: fitRate,
    rounds: ROUNDS,
    batch: BATCH,
    note:
      `UI, charts and boundary map live; 2-16-16-2 MLP, Adam, ${SAMPLES} spiral points, ` +
      `${EPOCHS} epochs a round, alternating; per round ${perRound.join(', ')}`,
  });
}

main().catch((e: unknown) => report.fail(e));
