/**
 * Bare `model.fit` on each tfjs backend the page can start (webgl, cpu,
 * wasm, loaded the way the app loads them), on the bench workload (bench/workload.ts), to find the fastest
 * backend for that model. After a warm-up of each, rounds alternate across
 * the backends, so drift in the machine's speed weighs on all alike; each
 * round runs with its own backend active and its own model and tensors.
 * Query: ?rounds=3&epochs=4&batch=32&samples=2000&backends=webgl,cpu,wasm.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activateBackend } from '../src/engine/backend';
import type { BackendName } from '../src/worker/protocol';
import { pageReport } from './page-report';
import { bareFit, benchSpec, perSecond, sumRates, type Rate } from './workload';

const report = pageReport();
const params = new URLSearchParams(location.search);
const EPOCHS = Number(params.get('epochs') ?? 4);
const ROUNDS = Number(params.get('rounds') ?? 3);
const BATCH = Number(params.get('batch') ?? 32);
const SAMPLES = Number(params.get('samples') ?? 2000);
const WANTED = (params.get('backends') ?? 'webgl,cpu,wasm').split(',');

/** Register and start `name`; false (with the reason printed) when this browser cannot run it. */
async function start(name: string): Promise<boolean> {
  try {
    // The app's own loader: wasm is imported on first use, its binaries served by this build.
    await activateBackend(name as BackendName);
    return true;
  } catch (e) {
    report.line({ name: `backend ${name} unavailable`, value: 0, unit: '', note: String(e) });
    return false;
  }
}

async function main() {
  const spec = benchSpec(SAMPLES);
  const fits = new Map<string, Awaited<ReturnType<typeof bareFit>>>();
  for (const name of WANTED) {
    if (!(await start(name))) continue;
    fits.set(name, await bareFit(spec, BATCH));
  }
  const rates = new Map<string, Rate[]>([...fits.keys()].map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fit] of fits) {
      await tf.setBackend(name);
      rates.get(name)?.push(await fit.round(EPOCHS));
    }
  }
  for (const [name, fit] of fits) {
    await tf.setBackend(name);
    fit.dispose();
  }
  const perBackend = [...rates].map(([name, rs]) => ({ name, rate: perSecond(sumRates(rs)), rs }));
  const fastest = perBackend.reduce((a, b) => (b.rate > a.rate ? b : a));
  for (const { name, rate, rs } of perBackend) {
    const rounds = rs.map((x) => perSecond(x).toFixed(0)).join(', ');
    report.line({
      name: `bare model.fit on ${name} (batch ${BATCH})`,
      value: rate,
      unit: 'samples/s',
      note: `rounds ${rounds}${name === fastest.name ? ' (fastest)' : ''}`,
    });
    report.addCase({
      name: `bare model.fit on ${name}`,
      group: 'throughput',
      backend: name,
      fitSamplesPerS: rate,
      vsFastestRatio: rate / fastest.rate,
      rounds: ROUNDS,
      batch: BATCH,
      note: `2-16-16-2 MLP, Adam, ${SAMPLES} spiral points, ${EPOCHS} epochs a round, backends alternating; rounds ${rounds} samples/s`,
    });
  }
  report.done();
}

main().catch((e: unknown) => report.fail(e));
