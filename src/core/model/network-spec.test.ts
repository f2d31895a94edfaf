import { describe, expect, it } from 'vitest';
import type { Task } from '../data/dataset';
import { defaultLayer } from './layer-kinds';
import type { LayerKind, LayerSpec } from './layer-spec';
import { networkProblems, networkSpecSchema, summarize, type NetworkSpec } from './network-spec';
import { PRESETS } from './presets';

const binary: Task = { kind: 'classification', classNames: ['a', 'b'] };
const digits: Task = {
  kind: 'classification',
  classNames: Array.from({ length: 10 }, (_, i) => String(i)),
};
let n = 0;
const L = (kind: LayerKind, settings: Record<string, unknown> = {}): LayerSpec =>
  ({ ...defaultLayer(kind, `l${n++}`), ...settings }) as LayerSpec;
const net = (...layers: LayerSpec[]): NetworkSpec => ({ layers, binaryHead: 'softmax' });
const dense = (units: number) => L('dense', { units, activation: 'relu' });

describe('summarize', () => {
  it('counts dense parameters layer by layer, with a softmax head', () => {
    const s = summarize(net(dense(8), dense(4)), {
      inputShape: [2],
      task: { kind: 'classification', classNames: ['a', 'b', 'c'] },
    });
    expect(s.rows.map((r) => r.trainable)).toEqual([2 * 8 + 8, 8 * 4 + 4, 4 * 3 + 3, 0]);
    expect(s.rows.map((r) => r.outputShape)).toEqual([[8], [4], [3], [3]]);
    expect(s.rows.map((r) => r.name)).toEqual(['dense_1', 'dense_2', 'output', 'softmax']);
    expect(s.totalParams).toBe(24 + 36 + 15);
    expect(s.weightBytes).toBe(75 * 4);
  });

  it('uses one sigmoid unit for two classes when asked, and linear units for regression', () => {
    const sig = summarize(
      { ...net(dense(4)), binaryHead: 'sigmoid' },
      { inputShape: [2], task: binary },
    );
    expect(sig.rows.slice(-2).map((r) => [r.name, r.outputShape])).toEqual([
      ['output', [1]],
      ['sigmoid', [1]],
    ]);
    const reg = summarize(net(dense(4)), {
      inputShape: [3],
      task: { kind: 'regression', targetNames: ['y'] },
    });
    expect(reg.rows.at(-1)).toMatchObject({ name: 'output', outputShape: [1], trainable: 5 });
  });

  it('infers a LeNet-style CNN', () => {
    const lenet = PRESETS.find((p) => p.id === 'lenet')!.build([28, 28, 1]);
    const s = summarize(net(...lenet), { inputShape: [28, 28, 1], task: digits });
    expect(s.problems).toEqual([]);
    expect(s.rows.map((r) => r.outputShape)).toEqual([
      [28, 28, 6],
      [14, 14, 6],
      [10, 10, 16],
      [5, 5, 16],
      [400],
      [120],
      [84],
      [10],
      [10],
    ]);
    expect(s.totalParams).toBe(156 + 2416 + 48120 + 10164 + 850);
  });

  it('counts batch norm as trainable and non-trainable', () => {
    const s = summarize(net(dense(8), L('batchNorm')), { inputShape: [2], task: binary });
    expect(s.rows[1]).toMatchObject({ trainable: 16, nonTrainable: 16 });
    expect(s.nonTrainableParams).toBe(16);
  });
});

describe('networkProblems', () => {
  const image = { inputShape: [28, 28, 1], task: digits };
  it.each<[string, LayerSpec[], { inputShape: number[]; task: Task }, RegExp]>([
    [
      'Conv2D after Dense',
      [L('flatten'), dense(8), L('conv2d')],
      image,
      /Conv2D 1 needs image input \[height, width, channels\], but gets the flat \[8\]/,
    ],
    [
      'Dense on image input',
      [dense(8)],
      image,
      /Dense 1 needs a flat input, but gets \[28, 28, 1\]. Add a Flatten layer before it./,
    ],
    [
      'kernel larger than its input',
      [L('conv2d', { kernelSize: 5, padding: 'valid' })],
      { ...image, inputShape: [4, 4, 1] },
      /the 5×5 kernel is larger than its 4×4 input/,
    ],
    [
      'zero units',
      [dense(0)],
      { inputShape: [2], task: binary },
      /Dense 1: Units must be a whole number from 1 to 4096./,
    ],
    [
      'dropout rate of 1',
      [L('dropout', { rate: 1 })],
      { inputShape: [2], task: binary },
      /Dropout 1: Rate must be a number from 0 to below 1./,
    ],
    [
      'negative dropout rate',
      [L('dropout', { rate: -0.1 })],
      { inputShape: [2], task: binary },
      /Rate must be a number from 0 to below 1/,
    ],
    [
      'no Flatten before the output',
      [L('conv2d')],
      image,
      /The output layer needs a flat input, but the last layer outputs \[28, 28, 8\]. Add a Flatten layer/,
    ],
    [
      'fractional filters',
      [L('conv2d', { filters: 2.5 })],
      image,
      /Conv2D 1: Filters must be a whole number/,
    ],
  ])('rejects %s', (_name, layers, io, message) => {
    const problems = networkProblems(net(...layers), io);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('ties the problem to the offending layer', () => {
    const bad = dense(0);
    expect(networkProblems(net(dense(4), bad), { inputShape: [2], task: binary })[0]?.layerId).toBe(
      bad.id,
    );
  });

  it('accepts a valid stack, and the schema accepts it too', () => {
    const spec = net(dense(8), L('dropout'), dense(4));
    expect(networkProblems(spec, { inputShape: [2], task: binary })).toEqual([]);
    expect(networkSpecSchema.safeParse(spec).success).toBe(true);
    expect(networkSpecSchema.safeParse(net({ ...dense(8), units: -1 } as LayerSpec)).success).toBe(
      false,
    );
    expect(
      networkSpecSchema.safeParse({ layers: [{ id: 'x', kind: 'wobble' }], binaryHead: 'softmax' })
        .success,
    ).toBe(false);
  });
});
