/**
 * The workload both benchmark pages measure: a 2-16-16-2 ReLU MLP with
 * Adam on spiral points, and a bare `model.fit` loop over it to compare with.
 */
import * as tf from '@tensorflow/tfjs-core';
import { buildDataset } from '../src/core/data/dataset';
import type { DatasetSpec } from '../src/core/data/dataset-spec';
import { defaultLayer } from '../src/core/model/layer-kinds';
import type { LayerSpec, NetworkSpec } from '../src/core/model/network-spec';
import { buildModel } from '../src/engine/build-model';
import { toTensors } from '../src/engine/data-tensors';

export const benchSpec = (samples = 2000): DatasetSpec => ({
  kind: 'spiral',
  samples,
  noise: 0.1,
  seed: 1,
  split: { train: 80, validation: 10 },
});

export const BENCH_NETWORK: NetworkSpec = {
  layers: [
    { ...defaultLayer('dense', 'a'), units: 16 } as LayerSpec,
    { ...defaultLayer('dense', 'b'), units: 16 } as LayerSpec,
  ],
  binaryHead: 'softmax',
};

/** Samples trained and the time they took (ms). */
export interface Rate {
  samples: number;
  ms: number;
}

export const perSecond = (r: Rate): number => r.samples / (r.ms / 1000);

export const sumRates = (rates: readonly Rate[]): Rate => ({
  samples: rates.reduce((a, x) => a + x.samples, 0),
  ms: rates.reduce((a, x) => a + x.ms, 0),
});

/**
 * A bare `model.fit` (Adam, lr 0.01, shuffled, with validation) on `spec`,
 * warmed up by one epoch that compiles the shaders. Each `round(epochs)` is
 * one `fit` call timed from the end of its first epoch to the end of its
 * last, as the app's rounds are, so per-call costs count on both sides alike.
 */
export async function bareFit(spec: DatasetSpec, batchSize: number) {
  const ds = buildDataset(spec);
  const data = toTensors(ds);
  const model = buildModel(BENCH_NETWORK, { inputShape: ds.inputShape, task: ds.task }, 1);
  model.compile({
    optimizer: tf.train.adam(0.01),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  await model.fit(data.train.x, data.train.y, { epochs: 1, batchSize, shuffle: true });
  return {
    async round(epochs: number): Promise<Rate> {
      const ends: number[] = [];
      await model.fit(data.train.x, data.train.y, {
        epochs,
        batchSize,
        shuffle: true,
        validationData: [data.validation.x, data.validation.y],
        callbacks: { onEpochEnd: () => void ends.push(performance.now()) },
      });
      const first = ends[0] ?? 0;
      return { samples: ds.train.n * (ends.length - 1), ms: (ends.at(-1) ?? first) - first };
    },
    dispose(): void {
      model.optimizer.dispose();
      model.dispose();
      data.dispose();
    },
  };
}
