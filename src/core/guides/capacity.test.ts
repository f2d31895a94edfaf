import { describe, expect, it } from 'vitest';
import { defaultLayer } from '../model/layer-kinds';
import { presetById } from '../model/presets';
import type { LayerSpec } from '../model/layer-spec';
import { DEFAULT_EARLY_STOPPING } from '../train/early-stopping';
import { SPIRAL_DEPTH } from './depth';
import { OVERFITTING } from './overfitting';
import { denseLayer } from './setups';
import { CTX, run, setupOf, stepOf, view } from './test-view';

const net = (layers: LayerSpec[]) => ({ layers, binaryHead: 'softmax' as const });
const wide = net([denseLayer('a', 64), denseLayer('b', 64)]);
const withDropout = net([
  denseLayer('a', 64),
  { ...defaultLayer('dropout', 'd'), rate: 0.4 } as LayerSpec,
]);
const overfit = { network: wide, finalValLoss: 3, bestValLoss: 0.45, finalTrainLoss: 0.01 };

describe('overfitting', () => {
  const g = OVERFITTING;

  it('sets up two 64-unit layers on 60 noisy moon points with no remedy', () => {
    const { network, training } = setupOf(g);
    expect(g.setup.dataset).toMatchObject({ kind: 'moons', samples: 60 });
    expect(network.layers.map((l) => l.kind)).toEqual(['dense', 'dense']);
    expect(training.earlyStopping.enabled).toBe(false);
  });

  it('ticks the first step for a run whose validation loss climbed above its best', () => {
    const step = stepOf(g, 'train-big');
    expect(step.done(view({ runs: [run(overfit)] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [run({ ...overfit, finalValLoss: 0.5 })] }), CTX)).toBe(false);
  });

  it('ticks the remedy step for dropout, L2 or early stopping', () => {
    const step = stepOf(g, 'remedy');
    const base = setupOf(g).training;
    const l2 = net([{ ...denseLayer('a', 64), reg: 'l2', regRate: 0.01 } as LayerSpec]);
    const early = { ...base, earlyStopping: { ...DEFAULT_EARLY_STOPPING, enabled: true } };
    expect(step.done(view({ network: withDropout, training: base }), CTX)).toBe(true);
    expect(step.done(view({ network: l2, training: base }), CTX)).toBe(true);
    expect(step.done(view({ network: wide, training: early }), CTX)).toBe(true);
    expect(step.done(view({ network: wide, training: base }), CTX)).toBe(false);
  });

  it('ticks the remedy run only when its validation loss ends below the overfitted run’s', () => {
    const step = stepOf(g, 'train-remedy');
    const first = run({ ...overfit, startedAt: CTX.startedAt + 1 });
    const ctx = { ...CTX, stepStartedAt: CTX.startedAt + 5 };
    const better = run({ network: withDropout, finalValLoss: 1.2, startedAt: ctx.stepStartedAt });
    expect(step.done(view({ runs: [better, first] }), ctx)).toBe(true);
    expect(step.done(view({ runs: [{ ...better, finalValLoss: 4 }, first] }), ctx)).toBe(false);
    expect(step.done(view({ runs: [first] }), ctx)).toBe(false);
  });

  it('ticks the comparison when a run with and one without a remedy are selected', () => {
    const step = stepOf(g, 'compare');
    const a = run(overfit);
    const b = run({ network: withDropout });
    expect(step.done(view({ runs: [b, a], runsSelected: [a.id, b.id] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [b, a], runsSelected: [a.id] }), CTX)).toBe(false);
  });
});

describe('why the spiral needs depth', () => {
  const g = SPIRAL_DEPTH;

  it('sets up one layer of four tanh units on the spiral', () => {
    const { network } = setupOf(g);
    expect(g.setup.dataset.kind).toBe('spiral');
    expect(network.layers).toMatchObject([{ kind: 'dense', units: 4, activation: 'tanh' }]);
  });

  it('ticks the first step for a one-layer run that stayed below 80 %', () => {
    const step = stepOf(g, 'train-small');
    const small = run({ network: setupOf(g).network, finalValMetric: 0.55 });
    expect(step.done(view({ runs: [small] }), CTX)).toBe(true);
    expect(step.done(view({ runs: [{ ...small, finalValMetric: 0.9 }] }), CTX)).toBe(false);
  });

  it('ticks the deepen step for two ReLU layers of 32 units or more', () => {
    const step = stepOf(g, 'deepen');
    const deepen = (layers: LayerSpec[]) => step.done(view({ network: net(layers) }), CTX);
    expect(step.done(view({ network: wide }), CTX)).toBe(true);
    expect(deepen([denseLayer('a', 32), denseLayer('b', 32)])).toBe(true);
    expect(step.done(view({ network: setupOf(g).network }), CTX)).toBe(false);
    expect(deepen([denseLayer('a', 4), denseLayer('b', 4)])).toBe(false);
    // The set-up layer left in the stack, with a wide one after it: too narrow, and tanh.
    expect(deepen([denseLayer('a', 4, 'tanh'), denseLayer('b', 28)])).toBe(false);
    expect(deepen([denseLayer('a', 32, 'tanh'), denseLayer('b', 32)])).toBe(false);
  });

  it('trains at the ReLU MLP preset’s rate and epochs, so applying it changes only the layers', () => {
    const preset = presetById('relu-mlp').training;
    const { training } = setupOf(g);
    expect(training.learningRate).toBe(preset.learningRate[training.optimizer]);
    expect(training.epochs).toBe(preset.epochs);
    expect(training.batchSize).toBe(preset.batchSize);
  });

  it('ticks the last step for a deep run at 90 %', () => {
    const step = stepOf(g, 'train-deep');
    expect(step.done(view({ runs: [run({ network: wide, finalValMetric: 0.95 })] }), CTX)).toBe(
      true,
    );
    expect(step.done(view({ runs: [run({ network: wide, finalValMetric: 0.7 })] }), CTX)).toBe(
      false,
    );
  });
});
