/**
 * Auto's choice and moving a session between backends, on real backends:
 * cpu, and the WASM backend, which runs in Node (it reads its .wasm from
 * node_modules itself; importing the package registers it, so the app's
 * loader with its served .wasm URLs is not used here).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../core/data/dataset';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec, NetworkSpec } from '../core/model/network-spec';
import { activateBackend, initBackend } from './backend';
import { BackendChooser } from './backend-choice';
import {
  CLOSE_RACE,
  EMULATED_GPU_MIN_BATCH_MS,
  emulatedGpu,
  probeBackends,
  skipReason,
  LEVEL_WITHIN,
  WASM_OVER_CPU,
} from './backend-probe';
import { MAX_TIMED_BATCHES, TIMED_ONCE_MS, TRIAL_MS, WARM_MS } from './backend-trial';
import { buildModel } from './build-model';
import { Engine } from './engine';
import { denseLayer, SMALL_MLP, smallRunConfig, XOR_SPEC } from './test-fixtures';
import { moveSession, newSession, type Session } from './session';
import type { BackendName, BackendStatus, EngineEvent, TrainRequest } from '../worker/protocol';

const xor = XOR_SPEC;
const dense = denseLayer;
const mlp = SMALL_MLP;
const config = smallRunConfig(2);
const data = buildDataset(xor);

/** Bright-left vs bright-right 6×6 images, for a CNN. */
function images(): Dataset {
  const part = (n: number) => {
    const x = new Float32Array(n * 36);
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = i % 2;
      for (let p = 0; p < 36; p++) x[i * 36 + p] = p % 6 < 3 === (y[i] === 0) ? 0.9 : 0.1;
    }
    return { x, y, n };
  };
  return {
    inputShape: [6, 6, 1],
    featureNames: [],
    task: { kind: 'classification', classNames: ['left', 'right'] },
    train: part(32),
    validation: part(8),
    test: part(8),
  };
}
const cnn: NetworkSpec = {
  layers: [
    { ...defaultLayer('conv2d', 'c'), filters: 2 } as LayerSpec,
    defaultLayer('flatten', 'f'),
  ],
  binaryHead: 'softmax',
};

/** A clock that advances `cost[backend]` ms on every reading, so the cheaper backend times faster. */
function clock(cost: Partial<Record<string, number>>): () => number {
  let t = 0;
  return () => (t += cost[tf.getBackend()] ?? 1);
}

/** Live tensors on each backend (tf.memory() counts all of them together). */
const perBackend = () => ({
  all: tf.memory().numTensors,
  cpu: tf.engine().findBackend('cpu').numDataIds(),
  wasm: tf.engine().findBackend('wasm').numDataIds(),
});

function req(over: Partial<TrainRequest> = {}): TrainRequest {
  const dataset = over.dataset ?? xor;
  return {
    dataset,
    datasetKey: JSON.stringify(dataset),
    network: mlp,
    training: config,
    continue: false,
    ...over,
  };
}

beforeAll(async () => {
  await activateBackend('wasm');
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

afterEach(async () => {
  await activateBackend('cpu');
});

describe('Auto (backend-probe, backend-choice)', () => {
  it('picks the backend that times fastest, says by how much, and leaves nothing behind', async () => {
    const before = perBackend();
    const fastCpu = await probeBackends({
      candidates: ['wasm', 'cpu'],
      network: mlp,
      dataset: data,
      config,
      activate: activateBackend,
      now: clock({ wasm: 10, cpu: 2 }),
      trialMs: 0,
    });
    expect(fastCpu.backend).toBe('cpu');
    expect(fastCpu.reason).toBe('CPU: 5.0× faster than WASM for this 92-parameter network');
    expect(fastCpu.entries.map((e) => [e.backend, e.skipped])).toEqual([
      ['wasm', null],
      ['cpu', null],
    ]);
    const fastWasm = await probeBackends({
      candidates: ['cpu', 'wasm'],
      network: mlp,
      dataset: data,
      config,
      activate: activateBackend,
      now: clock({ wasm: 3, cpu: 6 }),
      batches: 2,
      trialMs: 0,
    });
    expect(fastWasm.backend).toBe('wasm');
    expect(fastWasm.reason).toBe('WASM: 2.0× faster than CPU for this 92-parameter network');
    // The backend that was active before is active again; the caller switches.
    expect(tf.getBackend()).toBe('cpu');
    expect(perBackend()).toEqual(before);
  });

  it('skips a backend that cannot start or cannot train the model, and says why', async () => {
    const before = perBackend();
    const result = await probeBackends({
      candidates: ['webgl', 'wasm', 'cpu'],
      network: cnn,
      dataset: images(),
      config: { ...config, batchSize: 8 },
      activate: activateBackend,
    });
    expect(result.backend).toBe('cpu');
    expect(result.entries).toEqual([
      {
        backend: 'webgl',
        msPerBatch: null,
        skipped: 'skipped — WebGL2 is not available in this context.',
      },
      {
        backend: 'wasm',
        msPerBatch: null,
        skipped: "skipped — can't train convolutions (no Conv2DBackpropFilter kernel)",
      },
      { backend: 'cpu', msPerBatch: expect.any(Number) as number, skipped: null },
    ]);
    expect(result.reason).toMatch(
      /^CPU: the only backend here that can train this \d+-parameter network$/,
    );
    expect(perBackend()).toEqual(before);
  });

  it('on a GPU emulated on the CPU, times WebGL only when the others are slow', async () => {
    // Node has no WebGL: a stand-in backend answers to the name, on the CPU.
    let active: BackendName = 'cpu';
    const timedOn: BackendName[] = [];
    const probe = (renderer: string, msPerReading: number) =>
      probeBackends({
        candidates: ['webgl', 'wasm', 'cpu'],
        network: mlp,
        dataset: data,
        config,
        activate: async (name) => {
          active = name;
          await activateBackend(name === 'webgl' ? 'cpu' : name);
        },
        renderer: () => (active === 'webgl' ? renderer : null),
        now: () => {
          if (timedOn.at(-1) !== active) timedOn.push(active);
          return (readings += msPerReading);
        },
        trialMs: 0,
      });
    let readings = 0;
    const swiftShader =
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
    const fast = await probe(swiftShader, 2);
    expect(timedOn).not.toContain('webgl');
    expect(fast.entries[0]).toEqual({
      backend: 'webgl',
      msPerBatch: null,
      skipped:
        "not timed — WebGL runs on SwiftShader here, a GPU emulated on the CPU, which can't beat WASM's 0.7 ms per batch; choose it under Backend to try it",
    });
    expect(fast.entries.map((e) => e.backend)).toEqual(['webgl', 'wasm', 'cpu']);
    // WASM and CPU took the same time per reading.
    expect(fast.reason).toMatch(/^(WASM|CPU): level with (WASM|CPU) in timing /);

    // A heavy model (slow batches everywhere else), or a real GPU: WebGL is timed.
    timedOn.length = 0;
    const slow = await probe(swiftShader, 4 * EMULATED_GPU_MIN_BATCH_MS);
    expect(timedOn).toContain('webgl');
    expect(slow.entries[0]).toMatchObject({ backend: 'webgl', skipped: null });
    timedOn.length = 0;
    await probe('ANGLE (NVIDIA, NVIDIA GeForce RTX 4070 Direct3D11 vs_5_0 ps_5_0)', 2);
    expect(timedOn).toContain('webgl');
    expect(emulatedGpu('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('llvmpipe');
    expect(emulatedGpu('Apple M2')).toBeNull();
  });

  it('warms up for WARM_MS, then times fast batches for TRIAL_MS, middling ones on the batches asked for, and slow ones once', async () => {
    // A clock that advances `ms` on every reading, and counts them: one reading per round of batches.
    const run = async (ms: number, warmMs = 0) => {
      let t = 0;
      let readings = 0;
      const result = await probeBackends({
        candidates: ['cpu'],
        network: mlp,
        dataset: data,
        config,
        activate: activateBackend,
        now: () => ((readings += 1), (t += ms)),
        warmMs,
      });
      if (warmMs === 0) readings -= 2; // the warm-up's: its start, and after its one batch
      return { readings, msPerBatch: result.entries[0]?.msPerBatch ?? NaN };
    };
    const middling = await run(TRIAL_MS);
    expect(middling.readings).toBe(2); // start, and once after the three batches
    expect(middling.msPerBatch).toBeCloseTo(TRIAL_MS / 3);
    // A warm-up batch of TIMED_ONCE_MS or more: the timing is one batch.
    const slow = await run(TIMED_ONCE_MS);
    expect(slow.readings).toBe(2);
    expect(slow.msPerBatch).toBeCloseTo(TIMED_ONCE_MS);
    const justUnder = await run(TIMED_ONCE_MS - 1);
    expect(justUnder.msPerBatch).toBeCloseTo((TIMED_ONCE_MS - 1) / 3);
    const fast = await run(1);
    // More rounds, until MAX_TIMED_BATCHES: each one-ms reading says the batches take almost nothing.
    expect(fast.readings).toBeGreaterThan(2);
    expect(fast.msPerBatch).toBeCloseTo((fast.readings - 1) / MAX_TIMED_BATCHES);
    // The untimed warm-up, too, goes on until WARM_MS has passed.
    const warmed = await run(1, WARM_MS);
    expect(warmed.readings).toBeGreaterThan(fast.readings + 2);
  });

  /** WASM and CPU timed at these costs per reading of the clock. */
  const probeWasmCpu = (cost: { wasm: number; cpu: number }) =>
    probeBackends({
      candidates: ['wasm', 'cpu'],
      network: mlp,
      dataset: data,
      config,
      activate: activateBackend,
      now: clock(cost),
      trialMs: 0,
    });

  it('takes WASM over a CPU backend that timed less than WASM_OVER_CPU faster', async () => {
    const close = await probeWasmCpu({ wasm: 3, cpu: 2.5 });
    expect(close.backend).toBe('wasm');
    expect(close.reason).toBe(
      'WASM: within 1.2× of CPU in timing, and faster over a whole run, for this 92-parameter network',
    );
    // Timings stay as measured; only the choice moves.
    expect(close.entries.map((e) => e.msPerBatch)).toEqual([1, 2.5 / 3]);
    const clear = await probeWasmCpu({ wasm: 3 * WASM_OVER_CPU, cpu: 2.9 });
    expect(clear.backend).toBe('cpu');
  });

  it('tells timings a few percent apart as level, not as "1.0× faster"', async () => {
    const nearlyLevel = await probeWasmCpu({ wasm: 3, cpu: 3 * (LEVEL_WITHIN - 0.01) });
    expect(nearlyLevel.backend).toBe('wasm');
    expect(nearlyLevel.reason).toBe(
      'WASM: level with CPU in timing (within 5%) for this 92-parameter network',
    );
    const levelPreferred = await probeWasmCpu({ wasm: 3, cpu: 3 / (LEVEL_WITHIN - 0.01) });
    expect(levelPreferred.backend).toBe('wasm');
    expect(levelPreferred.reason).toBe(
      'WASM: level with CPU in timing (within 5%), and faster over a whole run, for this 92-parameter network',
    );
    const clear = await probeWasmCpu({ wasm: 3, cpu: 3 * (LEVEL_WITHIN + 0.01) });
    expect(clear.reason).toBe('WASM: 1.1× faster than CPU for this 92-parameter network');
  });

  it("judges WebGL on an emulated GPU by the others' times after their close race", async () => {
    // Both are slow (over 25 ms) the first time they are timed, right after start-up, and fast after.
    await activateBackend('cpu');
    let active: BackendName = 'cpu';
    const timings: Partial<Record<BackendName, number>> = {};
    const result = await probeBackends({
      candidates: ['webgl', 'wasm', 'cpu'],
      network: mlp,
      dataset: data,
      config,
      activate: async (name) => {
        active = name;
        timings[name] = (timings[name] ?? 0) + 1;
        await activateBackend(name === 'webgl' ? 'cpu' : name);
      },
      renderer: () => (active === 'webgl' ? 'Google SwiftShader' : null),
      now: (() => {
        let t = 0;
        return () => (t += (timings[active] ?? 0) > 1 ? 3 : active === 'wasm' ? 100 : 125);
      })(),
      trialMs: 0,
    });
    expect(timings.wasm).toBe(2);
    expect(timings.cpu).toBe(3); // twice timed, then active again as before the probe
    expect(result.entries[0]?.skipped).toMatch(/^not timed — WebGL runs on SwiftShader here/);
    expect(result.backend).toBe('wasm');
  });

  it('times a close race again, and each backend keeps its faster time', async () => {
    // WASM is slow the first time it is timed (code not yet optimised), fast after.
    let wasmTimings = 0;
    const race = (first: number) =>
      probeBackends({
        candidates: ['wasm', 'cpu'],
        network: mlp,
        dataset: data,
        config,
        activate: async (name) => {
          if (name === 'wasm') wasmTimings += 1;
          await activateBackend(name);
        },
        now: (() => {
          let t = 0;
          return () => (t += tf.getBackend() === 'cpu' ? 3 : wasmTimings > 1 ? 1.5 : first);
        })(),
        trialMs: 0,
      });
    const close = await race(4.5); // 1.5× the CPU's time: timed again
    expect(wasmTimings).toBe(2);
    expect(close.backend).toBe('wasm');
    expect(close.entries.map((e) => e.msPerBatch)).toEqual([0.5, 1]);
    expect(close.reason).toBe('WASM: 2.0× faster than CPU for this 92-parameter network');
    wasmTimings = 0;
    const clear = await race(3 * CLOSE_RACE + 0.3); // further apart: one timing each
    expect(wasmTimings).toBe(1);
    expect(clear.backend).toBe('cpu');
  });

  it('names the family of layers a missing kernel stops', () => {
    expect(skipReason(new Error("Kernel 'MaxPoolGrad' not registered for backend 'wasm'"))).toBe(
      "skipped — can't train pooling layers (no MaxPoolGrad kernel)",
    );
  });

  it('caches its choice per network, batch size and input shape', async () => {
    let probes = 0;
    const chooser = new BackendChooser({
      candidates: ['wasm', 'cpu'],
      activate: async (name) => {
        if (name === 'wasm') probes += 1;
        await activateBackend(name);
      },
      now: clock({ wasm: 1, cpu: 4 }),
    });
    const first = await chooser.choose({ network: mlp, dataset: data, config });
    expect(first.backend).toBe('wasm');
    expect(probes).toBe(1);
    // Same model, other epochs and learning rate: no new timing.
    await chooser.choose({
      network: mlp,
      dataset: data,
      config: { ...config, epochs: 9, learningRate: 0.1 },
    });
    expect(probes).toBe(1);
    // Another batch size, or another network: timed again.
    await chooser.choose({ network: mlp, dataset: data, config: { ...config, batchSize: 32 } });
    expect(probes).toBe(2);
    await chooser.choose({
      network: { ...mlp, layers: [dense('a', 4, 'tanh')] },
      dataset: data,
      config,
    });
    expect(probes).toBe(3);
  });

  it('lists WebGPU as not tried when the context offers it', async () => {
    const chooser = new BackendChooser({ candidates: ['cpu', 'webgpu'] });
    const result = await chooser.choose({ network: mlp, dataset: data, config });
    expect(result.backend).toBe('cpu');
    expect(result.entries.map((e) => e.backend)).toEqual(['cpu', 'webgpu']);
    expect(result.entries[1]?.skipped).toMatch(/not tried by Auto/);
  });
});

describe('Engine on a chosen backend', () => {
  /** Weights and optimizer state as numbers; slots by kind and shape (variable names differ per model). */
  const weightsOf = async (engine: Engine) => {
    const exported = await engine.exportFiles(null, true);
    const slots = (
      JSON.parse(exported.optimizer!.json) as { weights: { name: string; shape: number[] }[] }
    ).weights.map((w) => [w.name.replace(/.*\/(\w+)$/, '$1'), w.shape]);
    return {
      weights: Array.from(new Float32Array(exported.weights)),
      // iter is stored as int32: read as floats it is a tiny denormal.
      optimizer: Array.from(new Float32Array(exported.optimizer!.bin)),
      slots,
    };
  };

  it('continuing on another backend keeps the weights and the optimizer state', async () => {
    const baseline = tf.memory().numTensors;
    const before = perBackend();
    const engine = new Engine();
    engine.setDataset(JSON.stringify(xor), data);
    const statuses: BackendStatus[] = [];
    const outcomes: string[] = [];
    engine.setListener((events: EngineEvent[]) => {
      for (const e of events) {
        if (e.type === 'backend') statuses.push(e.status);
        if (e.type === 'ended') outcomes.push(e.outcome);
      }
    });
    await engine.train(req({ backend: 'cpu' }));
    expect(outcomes).toEqual(['done']);
    const onCpu = await weightsOf(engine);

    // One more epoch after moving to WASM, against one more epoch on the CPU.
    await engine.train(
      req({ continue: true, backend: 'wasm', training: { ...config, epochs: 1 } }),
    );
    expect(outcomes).toEqual(['done', 'done']);
    expect(engine.backendName()).toBe('wasm');
    expect(statuses.at(-1)).toMatchObject({ backend: 'wasm', how: 'pinned', reason: 'pinned' });

    // The same two runs without the move.
    const stay = new Engine();
    stay.setDataset(JSON.stringify(xor), data);
    await stay.train(req({ backend: 'cpu' }));
    expect(await weightsOf(stay)).toEqual(onCpu);
    await stay.train(req({ continue: true, backend: 'cpu', training: { ...config, epochs: 1 } }));
    const a = await weightsOf(engine);
    const b = await weightsOf(stay);
    // Same optimizer slots (Adam's step count, moments, running beta products).
    expect(a.slots).toEqual(b.slots);
    expect(a.slots[0]).toEqual(['iter', []]);
    // WASM's float kernels differ from the CPU's in the last bits.
    a.weights.forEach((w, i) => expect(w).toBeCloseTo(b.weights[i]!, 4));
    a.optimizer.forEach((w, i) => expect(w).toBeCloseTo(b.optimizer[i]!, 4));

    // Prediction, the grid and evaluation keep working after the move.
    expect((await engine.predict(new Float32Array([0.5, 0.5]), [2])).length).toBe(2);
    expect((await engine.evaluate(JSON.stringify(xor))).metricName).toBe('accuracy');
    const grid = await engine.predictGrid({
      extent: { x0: -1, x1: 1, y0: -1, y1: 1 },
      resolution: 4,
    });
    expect(grid.values.length).toBe(4 * 4 * 2);
    expect(grid.values.every(Number.isFinite)).toBe(true);
    // So does saving (the snapshot reports the backend it was on).
    expect((await engine.exportFiles(null)).weights.byteLength).toBe(92 * 4);
    stay.dispose();
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    expect(perBackend()).toEqual(before);
  });

  it('moving a session keeps its weights and optimizer state exactly, and frees the old one', async () => {
    const before = perBackend();
    const io = { inputShape: data.inputShape, task: data.task };
    const session = newSession(buildModel(mlp, io, 1), config, 'k');
    const x = tf.tensor2d(data.train.x.slice(0, 32), [16, 2]);
    const y = tf.tidy(() =>
      tf.oneHot(tf.tensor1d(data.train.y.slice(0, 16) as Int32Array, 'int32'), 2),
    );
    for (let i = 0; i < 3; i++)
      session.optimizer
        .minimize(
          () => tf.losses.softmaxCrossEntropy(y, session.model.predict(x) as tf.Tensor),
          true,
        )
        ?.dispose();
    tf.dispose([x, y]);
    const read = async (s: Session) => ({
      weights: await Promise.all(s.model.getWeights().map((w) => w.data())),
      optimizer: await Promise.all(
        (await s.optimizer.getWeights()).map(async (w) => {
          const values = await w.tensor.data();
          // getWeights makes the step count afresh; the rest are the live slots.
          if (w.name === 'iter') w.tensor.dispose();
          return [w.name.split('/').at(-1), values];
        }),
      ),
    });
    const onCpu = await read(session);
    const moved = await moveSession(session, 'wasm', activateBackend, {});
    expect(tf.getBackend()).toBe('wasm');
    expect(moved.model.getWeights()[0]?.dataId).toBeDefined();
    expect(tf.engine().findBackend('wasm').numDataIds()).toBeGreaterThan(before.wasm);
    const onWasm = await read(moved);
    expect(onWasm.weights).toEqual(onCpu.weights);
    // iter (Adam's step count) = 3, then the moments.
    expect(onWasm.optimizer).toEqual(onCpu.optimizer);
    expect(onWasm.optimizer[0]?.[1]).toEqual(new Int32Array([3]));
    // Nothing of the old session is left on the CPU.
    expect(tf.engine().findBackend('cpu').numDataIds()).toBe(before.cpu);
    moved.optimizer.dispose();
    moved.model.dispose();
    expect(perBackend()).toEqual(before);
  });

  it('Auto in the engine times once, reports why, and trains on its choice', async () => {
    const baseline = tf.memory().numTensors;
    const cheap: BackendName = 'wasm';
    const engine = new Engine({
      backend: { candidates: ['cpu', 'wasm'], now: clock({ [cheap]: 1, cpu: 3 }) },
    });
    engine.setDataset(JSON.stringify(xor), data);
    const statuses: BackendStatus[] = [];
    const outcomes: string[] = [];
    engine.setListener((events) => {
      for (const e of events) {
        if (e.type === 'backend') statuses.push(e.status);
        if (e.type === 'ended') outcomes.push(e.outcome);
      }
    });
    await engine.train(req({ backend: 'auto' }));
    expect(outcomes).toEqual(['done']);
    expect(engine.backendName()).toBe('wasm');
    expect(statuses.map((s) => s.probing)).toEqual([true, false]);
    expect(statuses[1]).toMatchObject({
      backend: 'wasm',
      how: 'auto',
      reason: 'WASM: 3.0× faster than CPU for this 92-parameter network',
    });
    expect(statuses[1]?.probe?.map((p) => p.backend)).toEqual(['cpu', 'wasm']);
    // Train again: the cached choice, no timing.
    await engine.train(
      req({ backend: 'auto', continue: true, training: { ...config, epochs: 1 } }),
    );
    expect(statuses.map((s) => s.probing)).toEqual([true, false, false]);
    // A language switch says the same status again, worded in the new language.
    engine.setLanguage('zh');
    try {
      await new Promise((r) => setTimeout(r, 80)); // events go out in batches every 50 ms
      expect(statuses).toHaveLength(4);
      expect(statuses[3]).toMatchObject({
        backend: 'wasm',
        how: 'auto',
        probing: false,
        reason: 'WASM：对这个有 92 个参数的网络，比 CPU 快 3.0 倍',
      });
      expect(statuses[3]?.probe?.map((p) => p.backend)).toEqual(['cpu', 'wasm']);
    } finally {
      engine.setLanguage('en');
    }
    engine.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('Pause or Stop pressed while Auto is still timing act on the run', async () => {
    const engine = new Engine({
      backend: { candidates: ['cpu', 'wasm'], now: clock({ wasm: 1, cpu: 3 }) },
    });
    engine.setDataset(JSON.stringify(xor), data);
    const states: string[] = [];
    const ends: EngineEvent[] = [];
    engine.setListener((events) => {
      for (const e of events) {
        if (e.type === 'ended') ends.push(e);
        if (e.type !== 'state') continue;
        states.push(e.state);
        if (e.state === 'paused') engine.stop();
      }
    });
    const run = engine.train(req({ backend: 'auto' }));
    engine.pause();
    await run;
    expect(ends).toEqual([{ type: 'ended', outcome: 'stopped', message: null }]);
    expect(states.slice(0, 2)).toEqual(['training', 'paused']);

    const stopped = engine.train(req({ backend: 'auto', training: { ...config, batchSize: 4 } }));
    engine.stop();
    await stopped;
    expect(ends).toHaveLength(2);
    expect(ends[1]).toEqual({ type: 'ended', outcome: 'stopped', message: null });
    engine.dispose();
  });
});
