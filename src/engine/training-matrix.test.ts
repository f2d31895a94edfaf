/**
 * Every optimizer with every loss that fits the task trains a small
 * problem, lowers the loss and leaves no tensors behind epoch to epoch.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../core/data/dataset';
import { defaultLayer } from '../core/model/layer-kinds';
import type { LayerSpec } from '../core/model/layer-spec';
import { outputHead, type NetworkSpec } from '../core/model/network-spec';
import { LOSS_IDS, lossUnavailableReason, type LossId } from '../core/train/losses';
import { defaultOptimizerSettings, OPTIMIZER_CHOICES } from '../core/train/optimizers';
import { DEFAULT_TRAINING, type TrainingConfig } from '../core/train/training-config';
import { initBackend } from './backend';
import { buildModel } from './build-model';
import { toTensors } from './data-tensors';
import { makeOptimizer } from './optimizers';
import { Trainer } from './trainer';
import type { EpochRecord } from '../core/train/history';

const gaussians = buildDataset({
  kind: 'gaussians',
  samples: 160,
  noise: 0.05,
  seed: 2,
  split: { train: 75, validation: 25 },
});
/** y = x1 - 2·x2 on the gaussian points: a linear regression problem. */
const regression: Dataset = (() => {
  const reg = (p: Dataset['train']) => {
    const y = new Float32Array(p.n);
    for (let i = 0; i < p.n; i++) y[i] = (p.x[2 * i] as number) - 2 * (p.x[2 * i + 1] as number);
    return { x: p.x, y, n: p.n };
  };
  return {
    ...gaussians,
    task: { kind: 'regression', targetNames: ['y'] },
    train: reg(gaussians.train),
    validation: reg(gaussians.validation),
    test: reg(gaussians.test),
  };
})();

const layer = { ...defaultLayer('dense', 'h'), units: 8, activation: 'tanh' } as LayerSpec;
const LEARNING_RATE: Record<string, number> = {
  sgd: 0.2,
  momentum: 0.05,
  adam: 0.02,
  adamax: 0.03,
  rmsprop: 0.01,
  adagrad: 0.2,
  adadelta: 1,
};

async function train(
  ds: Dataset,
  network: NetworkSpec,
  config: TrainingConfig,
): Promise<{ epochs: EpochRecord[]; growth: number[] }> {
  const data = toTensors(ds);
  const model = buildModel(network, { inputShape: ds.inputShape, task: ds.task }, 3);
  const optimizer = makeOptimizer(config.optimizer, config.learningRate, config.optimizerSettings);
  const epochs: EpochRecord[] = [];
  const counts: number[] = [];
  const outcome = await new Trainer({
    model,
    optimizer,
    train: data.train,
    validation: data.validation,
    config,
    startEpoch: 0,
    startStep: 0,
    startMs: 0,
    onEpoch: (r) => {
      epochs.push(r);
      counts.push(tf.memory().numTensors);
    },
    onBatches: () => {},
    onProgress: () => {},
    onPauseChange: () => {},
  }).run();
  if (outcome.kind !== 'done' && !config.earlyStopping.enabled)
    throw new Error(`run ended: ${JSON.stringify(outcome)}`);
  optimizer.dispose();
  model.dispose();
  data.dispose();
  // Optimizer slots are created on the first step; after that nothing may grow.
  return { epochs, growth: counts.slice(2).map((c) => c - (counts[1] as number)) };
}

beforeAll(async () => {
  await initBackend('cpu');
});

const cases: [string, LossId, 'softmax' | 'sigmoid' | 'regression'][] = [];
for (const o of OPTIMIZER_CHOICES) {
  for (const loss of LOSS_IDS) {
    for (const head of ['softmax', 'sigmoid', 'regression'] as const) {
      const out =
        head === 'regression'
          ? { units: 1, activation: 'linear' as const }
          : { units: head === 'sigmoid' ? 1 : 2, activation: head };
      if (lossUnavailableReason(loss, out) === null) cases.push([o.id, loss, head]);
    }
  }
}

describe('optimizer × loss', () => {
  it.each(cases)(
    '%s with %s (%s head) lowers the loss, 50 epochs without growing memory',
    async (optimizer, loss, head) => {
      const ds = head === 'regression' ? regression : gaussians;
      const network: NetworkSpec = {
        layers: [layer],
        binaryHead: head === 'sigmoid' ? 'sigmoid' : 'softmax',
      };
      expect(lossUnavailableReason(loss, outputHead(network, ds.task))).toBeNull();
      const id = optimizer as TrainingConfig['optimizer'];
      const { epochs, growth } = await train(ds, network, {
        ...DEFAULT_TRAINING,
        optimizer: id,
        optimizerSettings: defaultOptimizerSettings(id),
        learningRate: LEARNING_RATE[optimizer] ?? 0.05,
        loss,
        batchSize: 40,
        epochs: 50,
      });
      expect(
        epochs.map((e) => e.loss),
        `${optimizer} ${loss} ${head}`,
      ).toHaveLength(50);
      expect(epochs.at(-1)!.loss).toBeLessThan(epochs[0]!.loss);
      expect(growth.every((g) => g === 0)).toBe(true);
    },
  );
});

describe('trainer features', () => {
  const base: TrainingConfig = {
    ...DEFAULT_TRAINING,
    learningRate: 0.05,
    batchSize: 16,
    epochs: 30,
  };

  it('stops early, before the epoch budget, when the validation loss stalls', async () => {
    const { epochs } = await train(
      gaussians,
      { layers: [layer], binaryHead: 'softmax' },
      {
        ...base,
        learningRate: 0.5,
        earlyStopping: { enabled: true, patience: 2, minDelta: 0.05, restoreBest: true },
      },
    );
    expect(epochs.length).toBeLessThan(30);
  });

  it('clips gradients by value and by norm and still learns', async () => {
    for (const kind of ['value', 'norm'] as const) {
      const { epochs, growth } = await train(
        gaussians,
        { layers: [layer], binaryHead: 'softmax' },
        { ...base, epochs: 6, clip: { kind, threshold: 0.1 } },
      );
      expect(epochs.at(-1)!.loss).toBeLessThan(epochs[0]!.loss);
      expect(growth.every((g) => g === 0)).toBe(true);
    }
  });

  it('applies a step schedule to the recorded learning rate', async () => {
    const { epochs } = await train(
      gaussians,
      { layers: [layer], binaryHead: 'softmax' },
      {
        ...base,
        epochs: 4,
        learningRate: 0.1,
        schedule: { ...base.schedule, kind: 'step', stepEvery: 2, factor: 0.5 },
      },
    );
    expect(epochs.map((e) => e.learningRate)).toEqual([0.1, 0.1, 0.05, 0.05]);
  });

  it('shuffles only when asked, reproducibly for a seed', async () => {
    const run = (shuffle: boolean) =>
      train(
        gaussians,
        { layers: [layer], binaryHead: 'softmax' },
        { ...base, epochs: 2, shuffle, seed: 5 },
      );
    const losses = async (shuffle: boolean) => (await run(shuffle)).epochs.map((e) => e.loss);
    const [off1, off2, on1, on2] = [
      await losses(false),
      await losses(false),
      await losses(true),
      await losses(true),
    ];
    expect(off1).toEqual(off2);
    expect(on1).toEqual(on2);
    expect(on1).not.toEqual(off1);
  });
});
