/**
 * Decision-boundary benchmark, run by bench/run.ts as `grid.html`:
 * - one 100 × 100 grid evaluation (one batched predict, one read), median;
 * - the same with the 40 × 40 per-neuron maps the app also asks for;
 * - training the default 2-8-8-2 tanh MLP on circle data on webgl through
 *   the Engine, without boundary refresh and with it at the app's default
 *   policy (store/actions/boundary.ts: every REFRESH_MS while new steps
 *   arrive, never two in flight, at least 9× a map's time between maps),
 *   interleaved, and the ratio of their times.
 * Query: ?epochs=20&samples=600&rounds=2. Figures only; nothing passes or fails.
 */
import { buildDataset } from '../src/core/data/dataset';
import { DEFAULT_DATASET_SPEC, type SyntheticSpec } from '../src/core/data/dataset-spec';
import { GRID_RESOLUTION, NEURON_RESOLUTION } from '../src/core/insight/grid';
import { DEFAULT_NETWORK } from '../src/core/model/network-spec';
import { DEFAULT_TRAINING } from '../src/core/train/training-config';
import { Engine } from '../src/engine/engine';
import type { GridRequest, TrainResult } from '../src/worker/protocol';
import { word } from '../src/i18n/words';
import { PLANE_EXTENT, REFRESH_MS, refreshWait } from '../src/store/actions/boundary';
import { pageReport } from './page-report';
import { median } from './stats';

const report = pageReport();
const record = report.line;

const params = new URLSearchParams(location.search);
const EPOCHS = Number(params.get('epochs') ?? 20);
const SAMPLES = Number(params.get('samples') ?? 600);
const ROUNDS = Number(params.get('rounds') ?? 2);

const spec: SyntheticSpec = { ...DEFAULT_DATASET_SPEC, samples: SAMPLES };
const key = JSON.stringify(spec);
const appRequest: GridRequest = {
  extent: PLANE_EXTENT,
  resolution: GRID_RESOLUTION,
  neuronResolution: NEURON_RESOLUTION,
};

/** When the last map started and ended: kept across runs, as the app's module state is. */
let lastStart = -Infinity;
let lastEnd = -Infinity;
/** What one map takes with nothing else running (ms), as the app learns it from idle maps. */
let idleMs = Infinity;
/** How long each map took while training (ms). */
const mapMs: number[] = [];

/** Train a fresh model; with `refresh`, evaluate the grid the way store/actions/boundary.ts does. */
async function timedRun(
  engine: Engine,
  refresh: boolean,
): Promise<{ ms: number; refreshes: number }> {
  let step = 0;
  let mapped = 0;
  let inFlight = false;
  let refreshes = 0;
  let ended: TrainResult | null = null;
  let pending: Promise<unknown> | null = null;
  engine.setListener((events) => {
    for (const e of events) {
      if (e.type === 'batches') step = e.records.at(-1)?.step ?? step;
      if (e.type === 'ended') ended = e;
    }
  });
  // The app's pump, polled: new steps, interval passed, nothing in flight.
  const tick = () => {
    if (
      inFlight ||
      step === mapped ||
      refreshWait(performance.now(), lastStart, lastEnd, idleMs) > 0
    )
      return;
    inFlight = true;
    lastStart = performance.now();
    mapped = step;
    refreshes++;
    pending = engine.predictGrid(appRequest).finally(() => {
      inFlight = false;
      lastEnd = performance.now();
      mapMs.push(lastEnd - lastStart);
    });
  };
  const timer = refresh ? setInterval(tick, 25) : null;
  const t0 = performance.now();
  await engine.train({
    datasetKey: key,
    dataset: spec,
    network: DEFAULT_NETWORK,
    training: { ...DEFAULT_TRAINING, epochs: EPOCHS, seed: 1 },
    continue: false,
  });
  const ms = performance.now() - t0;
  if (timer) clearInterval(timer);
  // A map still in flight finishes on this model: the next run's fresh model replaces it.
  await pending;
  const result = ended as TrainResult | null;
  if (result?.outcome !== 'done')
    throw new Error(
      `Training ended ${result?.outcome}: ${result?.message ? word(result.message) : ''}`,
    );
  return { ms, refreshes };
}

async function main() {
  const engine = new Engine();
  const info = await engine.init((params.get('backend') as 'webgl' | 'cpu' | null) ?? 'webgl');
  record({ name: `backend ${info.backend}`, value: 0, unit: '', note: info.renderer ?? '' });
  engine.setDataset(key, buildDataset(spec));
  // Warm-up: compile the training and grid shaders once.
  await engine.train({
    datasetKey: key,
    dataset: spec,
    network: DEFAULT_NETWORK,
    training: { ...DEFAULT_TRAINING, epochs: 1, seed: 1 },
    continue: false,
  });
  for (let i = 0; i < 3; i++) await engine.predictGrid(appRequest);

  const gridOnly: number[] = [];
  const withNeurons: number[] = [];
  for (let i = 0; i < 15; i++) {
    let t = performance.now();
    await engine.predictGrid({ ...appRequest, neuronResolution: undefined });
    gridOnly.push(performance.now() - t);
    t = performance.now();
    await engine.predictGrid(appRequest);
    withNeurons.push(performance.now() - t);
  }
  record({
    name: `${GRID_RESOLUTION}×${GRID_RESOLUTION} grid, one predict`,
    value: median(gridOnly),
    unit: 'ms',
    note: 'median of 15',
  });
  idleMs = median(withNeurons);
  record({
    name: `same + ${NEURON_RESOLUTION}×${NEURON_RESOLUTION} neuron maps (app request)`,
    value: median(withNeurons),
    unit: 'ms',
    note: 'median of 15',
  });

  const plain: number[] = [];
  const mapped: number[] = [];
  let refreshes = 0;
  for (let r = 0; r < ROUNDS; r++) {
    plain.push((await timedRun(engine, false)).ms);
    const run = await timedRun(engine, true);
    mapped.push(run.ms);
    refreshes += run.refreshes;
  }
  const a = median(plain);
  const b = median(mapped);
  const note = `${EPOCHS} epochs, ${SAMPLES} circle points, batch ${DEFAULT_TRAINING.batchSize}, median of ${ROUNDS}`;
  record({ name: 'training without boundary refresh', value: a, unit: 'ms', note });
  record({
    name: `training with refresh every ${REFRESH_MS} ms`,
    value: b,
    unit: 'ms',
    note: `${(refreshes / ROUNDS).toFixed(1)} refreshes per run, each ${median(mapMs).toFixed(0)} ms (median) while training`,
  });
  record({
    name: 'with / without ratio',
    value: b / a,
    unit: '×',
    note: `overhead ${((b / a - 1) * 100).toFixed(1)}%`,
  });
  report.addCase({
    name: `boundary: ${GRID_RESOLUTION}×${GRID_RESOLUTION} grid, one predict`,
    group: 'grid',
    backend: info.backend,
    gridMs: median(gridOnly),
    withNeuronMapsMs: median(withNeurons),
    note: `median of 15; with the ${NEURON_RESOLUTION}×${NEURON_RESOLUTION} neuron maps the app also asks for`,
  });
  report.addCase({
    name: 'boundary: circle training with and without the boundary refresh',
    group: 'grid',
    backend: info.backend,
    withRefreshMs: b,
    withoutRefreshMs: a,
    refreshOverheadRatio: b / a,
    mapsPerRun: refreshes / ROUNDS,
    note,
  });
  engine.dispose();
  report.done();
}

main().catch((e: unknown) => report.fail(e));
