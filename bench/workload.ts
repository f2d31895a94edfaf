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

/**
 * Samples per second of a bare `model.fit` (Adam, lr 0.01, shuffled, with
 * validation) over `epochs` epochs, after one warm-up epoch that compiles
 * the shaders.
 */
export async function bareFitThroughput(
  spec: DatasetSpec,
  batchSize: number,
  epochs: number,
): Promise<number> {
  const ds = buildDataset(spec);
  const data = toTensors(ds);
  const model = buildModel(BENCH_NETWORK, { inputShape: ds.inputShape, task: ds.task }, 1);
  model.compile({
    optimizer: tf.train.adam(0.01),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  await model.fit(data.train.x, data.train.y, { epochs: 1, batchSize, shuffle: true });
  const t0 = performance.now();
  await model.fit(data.train.x, data.train.y, {
    epochs,
    batchSize,
    shuffle: true,
    validationData: [data.validation.x, data.validation.y],
  });
  const ms = performance.now() - t0;
  model.optimizer.dispose();
  model.dispose();
  data.dispose();
  return (ds.train.n * epochs) / (ms / 1000);
}
