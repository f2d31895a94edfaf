/**
 * Benchmarks that run in the browser page (driven by bench/run.ts): the
 * data benchmarks, and the app's `Trainer` against a bare `model.fit`.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { buildDataset } from '../src/core/data/dataset';
import { initBackend } from '../src/engine/backend';
import { buildModel } from '../src/engine/build-model';
import { toTensors } from '../src/engine/data-tensors';
import { makeOptimizer } from '../src/engine/optimizers';
import { Trainer } from '../src/engine/trainer';
import { runDataBench } from './data-bench';
import { pageReport } from './page-report';
import { BENCH_NETWORK, bareFit, benchSpec, perSecond, sumRates, type Rate } from './workload';
import { DEFAULT_TRAINING } from '../src/core/train/training-config';

const report = pageReport();
const record = report.line;

const params = new URLSearchParams(location.search);
/** Epochs per round (the first only marks the start) and rounds of each. */
const EPOCHS = Number(params.get('epochs') ?? 4);
const ROUNDS = Number(params.get('rounds') ?? 3);
const BATCH = Number(params.get('batch') ?? 32);

const spec = benchSpec();
const net = BENCH_NETWORK;

/** The app's `Trainer` on the same model and data, warmed up; `round` is timed as `bareFit`'s. */
async function appTrainer() {
  const ds = buildDataset(spec);
  const data = toTensors(ds);
  const model = buildModel(net, { inputShape: ds.inputShape, task: ds.task }, 1);
  const optimizer = makeOptimizer('adam', 0.01);
  let epochsDone = 0;
  const run = async (epochs: number): Promise<Rate> => {
    const ends: number[] = [];
    await new Trainer({
      model,
      optimizer,
      train: data.train,
      validation: data.validation,
      config: { ...DEFAULT_TRAINING, learningRate: 0.01, batchSize: BATCH, epochs, seed: 1 },
      startEpoch: epochsDone,
      startStep: 0,
      startMs: 0,
      onEpoch: () => void ends.push(performance.now()),
      onBatches: () => {},
      onProgress: () => {},
      onPauseChange: () => {},
    }).run();
    epochsDone += epochs;
    const first = ends[0] ?? 0;
    return { samples: ds.train.n * (ends.length - 1), ms: (ends.at(-1) ?? first) - first };
  };
  await run(1);
  return {
    round: run,
    dispose(): void {
      optimizer.dispose();
      model.dispose();
      data.dispose();
    },
  };
}

async function main() {
  const info = await initBackend((params.get('backend') as 'webgl' | 'cpu' | null) ?? 'webgl');
  record({ name: `backend ${info.backend}`, value: 0, unit: '', note: info.renderer ?? '' });
  await runDataBench(report, info.backend);
  // Alternate rounds so that a machine getting slower or faster weighs on both alike.
  const bare = await bareFit(spec, BATCH);
  const trainer = await appTrainer();
  const fitRates: Rate[] = [];
  const trainerRates: Rate[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    fitRates.push(await bare.round(EPOCHS));
    trainerRates.push(await trainer.round(EPOCHS));
  }
  bare.dispose();
  trainer.dispose();
  const fitRate = perSecond(sumRates(fitRates));
  const trainerRate = perSecond(sumRates(trainerRates));
  record({ name: `bare model.fit (batch ${BATCH})`, value: fitRate, unit: 'samples/s' });
  record({ name: `app Trainer (batch ${BATCH})`, value: trainerRate, unit: 'samples/s' });
  record({ name: 'app / bare throughput ratio', value: trainerRate / fitRate, unit: '×' });
  report.addCase({
    name: "throughput: the app's Trainer vs bare model.fit, same page, no UI",
    group: 'data',
    backend: info.backend,
    throughputRatio: trainerRate / fitRate,
    trainerSamplesPerS: trainerRate,
    fitSamplesPerS: fitRate,
    rounds: ROUNDS,
    batch: BATCH,
    note: `2-16-16-2 MLP, Adam, spiral, ${EPOCHS} epochs a round, alternating`,
  });
  void tfl;
  report.done();
}

main().catch((e: unknown) => report.fail(e));
