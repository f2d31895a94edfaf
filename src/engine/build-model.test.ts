import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../core/data/dataset';
import { defaultLayer, LAYER_KIND_LIST } from '../core/model/layer-kinds';
import type { LayerKind, LayerSpec } from '../core/model/layer-spec';
import { summarize, type NetworkSpec } from '../core/model/network-spec';
import { PRESETS } from '../core/model/presets';
import { initBackend } from './backend';
import { buildModel } from './build-model';

let n = 0;
const L = (kind: LayerKind, settings: Record<string, unknown> = {}): LayerSpec =>
  ({ ...defaultLayer(kind, `l${n++}`), ...settings }) as LayerSpec;
const classes = (k: number): Task => ({
  kind: 'classification',
  classNames: Array.from({ length: k }, (_, i) => `c${i}`),
});

const STACKS: [string, LayerSpec[], number[], Task, NetworkSpec['binaryHead']?][] = [
  ['logistic regression', [], [2], classes(2)],
  [
    'MLP with every activation',
    ['relu', 'leakyRelu', 'elu', 'selu', 'swish', 'gelu', 'tanh', 'sigmoid', 'linear'].map((a) =>
      L('dense', { units: 5, activation: a }),
    ),
    [2],
    classes(3),
  ],
  [
    'dense without bias, with regularizers',
    [
      L('dense', { units: 6, useBias: false, reg: 'l1l2', regRate: 0.01 }),
      L('dense', { units: 3, reg: 'l2' }),
    ],
    [4],
    classes(2),
    'sigmoid',
  ],
  [
    'dropout, batch norm, activation layers',
    [
      L('dense', { units: 8 }),
      L('batchNorm'),
      L('activation', { activation: 'tanh' }),
      L('dropout', { rate: 0.5 }),
      L('activation', { activation: 'leakyRelu' }),
    ],
    [2],
    classes(2),
  ],
  [
    'LeNet-style CNN',
    PRESETS.find((p) => p.id === 'lenet')!.build([28, 28, 1]),
    [28, 28, 1],
    classes(10),
  ],
  [
    'strided conv, average pooling, same padding, conv batch norm',
    [
      L('conv2d', { filters: 4, kernelSize: 3, strides: 2, padding: 'valid' }),
      L('batchNorm'),
      L('avgPool2d', { poolSize: 3, strides: 1, padding: 'same' }),
      L('conv2d', { filters: 2, kernelSize: 2, activation: 'leakyRelu', useBias: false }),
      L('maxPool2d', { poolSize: 2, strides: 2, padding: 'same' }),
      L('flatten'),
    ],
    [11, 9, 3],
    classes(4),
  ],
  [
    'regression MLP',
    [L('dense', { units: 7, init: 'heNormal' }), L('dense', { units: 7, init: 'lecunNormal' })],
    [3],
    { kind: 'regression', targetNames: ['y1', 'y2'] },
  ],
];

beforeAll(async () => {
  await initBackend('cpu');
});

// Every kind in the table, at its defaults, on each input its shape rule
// accepts (a flat row, an image): what the rule lets through, tfjs builds.
const IMAGE: number[] = [6, 6, 2];
for (const { kind } of LAYER_KIND_LIST) {
  const candidates: [LayerSpec[], number[]][] = [
    [[L(kind)], [5]],
    [kind === 'flatten' ? [L(kind)] : [L(kind), L('flatten')], IMAGE],
  ];
  const accepted = candidates.filter(
    ([layers, inputShape]) =>
      summarize({ layers, binaryHead: 'softmax' }, { inputShape, task: classes(3) }).problems
        .length === 0,
  );
  if (accepted.length === 0) throw new Error(`No input fits a default ${kind} layer`);
  for (const [layers, inputShape] of accepted)
    STACKS.push([`one default ${kind} layer on [${inputShape}]`, layers, inputShape, classes(3)]);
}

describe('buildModel matches the shape inference in core', () => {
  it.each(STACKS)('%s', (_name, layers, inputShape, task, binaryHead = 'softmax') => {
    const spec: NetworkSpec = { layers, binaryHead };
    const summary = summarize(spec, { inputShape, task });
    expect(summary.problems).toEqual([]);
    const model = buildModel(spec, { inputShape, task }, 1);
    expect(model.countParams()).toBe(summary.totalParams);
    const trainable = model.trainableWeights.reduce(
      (s, w) => s + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1),
      0,
    );
    expect(trainable).toBe(summary.trainableParams);
    for (const row of summary.rows) {
      const layer = model.getLayer(row.name);
      expect(layer.outputShape, row.name).toEqual([null, ...row.outputShape!]);
      // A leaky ReLU activation adds a parameter-free layer after its kernel layer.
      expect(layer.countParams(), row.name).toBe(row.trainable + row.nonTrainable);
    }
    model.dispose();
  });
});

describe('scaled regression targets', () => {
  const task: Task = { kind: 'regression', targetNames: ['mpg'] };
  const targetScaling = { offset: [23.5], scale: [7.8] };
  const spec: NetworkSpec = { layers: [L('dense', { units: 4 })], binaryHead: 'softmax' };

  it('end in a fixed rescaling, so outputs are in original units from the first step', async () => {
    const io = { inputShape: [3], task, targetScaling };
    const model = buildModel(spec, io, 1);
    expect(model.layers.at(-1)?.getClassName()).toBe('Rescaling');
    expect(summarize(spec, io).rows.map((r) => r.name)).toEqual([
      'dense_1',
      'output',
      'output_scaling',
    ]);
    // The Dense output starts near 0, so predictions start near the training mean.
    const out = model.predict(tf.zeros([5, 3])) as tf.Tensor;
    expect(Array.from(await out.data())).toEqual(Array(5).fill(23.5));
    // It survives a save and load (the upload check accepts its class).
    const json = JSON.stringify(model.toJSON(null, false));
    expect(json).toContain('"class_name":"Rescaling"');
    out.dispose();
    model.dispose();
  });

  it('are left alone for classifiers and unscaled data', () => {
    const model = buildModel(spec, { inputShape: [3], task, targetScaling: null }, 1);
    expect(model.layers.at(-1)?.name).toBe('output');
    model.dispose();
  });
});
