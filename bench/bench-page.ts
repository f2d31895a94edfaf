/**
 * Benchmarks that run in the browser page (driven by bench/run.ts).
 * Results are written to window.__benchResults as plain records.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { buildDataset } from '../src/core/data/dataset';
import { initBackend } from '../src/engine/backend';
import { buildModel } from '../src/engine/build-model';
import { toTensors } from '../src/engine/data-tensors';
import { makeOptimizer } from '../src/engine/optimizers';
import { Trainer } from '../src/engine/trainer';
import { runDataBench } from './data-bench';
import { BENCH_NETWORK, bareFitThroughput, benchSpec } from './workload';
import { DEFAULT_TRAINING } from '../src/core/train/training-config';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

declare global {
  interface Window {
    __benchResults?: BenchResult[];
    __benchError?: string;
  }
}

const results: BenchResult[] = [];
const out = document.getElementById('out') as HTMLPreElement;
const record = (r: BenchResult) => {
  results.push(r);
  out.textContent = results.map((x) => `${x.name}: ${x.value.toFixed(2)} ${x.unit}`).join('\n');
};

const params = new URLSearchParams(location.search);
const EPOCHS = Number(params.get('epochs') ?? 5);
const BATCH = Number(params.get('batch') ?? 32);

const spec = benchSpec();
const net = BENCH_NETWORK;

async function appTrainer(): Promise<number> {
  const ds = buildDataset(spec);
  const data = toTensors(ds);
  const model = buildModel(net, { inputShape: ds.inputShape, task: ds.task }, 1);
  const optimizer = makeOptimizer('adam', 0.01);
  const run = (epochs: number, startEpoch: number) =>
    new Trainer({
      model,
      optimizer,
      train: data.train,
      validation: data.validation,
      config: { ...DEFAULT_TRAINING, learningRate: 0.01, batchSize: BATCH, epochs, seed: 1 },
      startEpoch,
      startStep: 0,
      startMs: 0,
      onEpoch: () => {},
      onBatches: () => {},
      onProgress: () => {},
      onPauseChange: () => {},
    }).run();
  await run(1, 0);
  const t0 = performance.now();
  await run(EPOCHS, 1);
  const ms = performance.now() - t0;
  optimizer.dispose();
  model.dispose();
  data.dispose();
  return (ds.train.n * EPOCHS) / (ms / 1000);
}

async function main() {
  const info = await initBackend((params.get('backend') as 'webgl' | 'cpu' | null) ?? 'webgl');
  record({ name: `backend ${info.backend}`, value: 0, unit: '', note: info.renderer ?? '' });
  await runDataBench(record);
  const bare = await bareFitThroughput(spec, BATCH, EPOCHS);
  record({ name: `bare model.fit (batch ${BATCH})`, value: bare, unit: 'samples/s' });
  const app = await appTrainer();
  record({ name: `app Trainer (batch ${BATCH})`, value: app, unit: 'samples/s' });
  record({ name: 'app / bare throughput ratio', value: app / bare, unit: '×' });
  void tfl;
  window.__benchResults = results;
}

main().catch((e: unknown) => {
  window.__benchError = String(e);
  out.textContent = String(e);
});
