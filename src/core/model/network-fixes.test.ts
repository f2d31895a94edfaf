import { describe, expect, it } from 'vitest';
import type { Task } from '../data/dataset';
import { defaultLayer } from './layer-kinds';
import type { LayerKind, LayerSpec } from './layer-spec';
import { networkFixes } from './network-fixes';
import { networkProblems, type NetworkSpec } from './network-spec';

let n = 0;
const L = (kind: LayerKind, settings: Record<string, unknown> = {}): LayerSpec =>
  ({ ...defaultLayer(kind, `f${n++}`), ...settings }) as LayerSpec;
const net = (...layers: LayerSpec[]): NetworkSpec => ({ layers, binaryHead: 'softmax' });
const digits = {
  inputShape: [28, 28, 1],
  task: { kind: 'classification', classNames: ['0', '1'] } as Task,
};
const flat = { inputShape: [4], task: digits.task };

/** The network after inserting the Flatten a fix proposes. */
function fixed(spec: NetworkSpec, at: number): NetworkSpec {
  const layers = [...spec.layers];
  layers.splice(at, 0, L('flatten'));
  return { ...spec, layers };
}

describe('fixes for a network that does not fit its data', () => {
  it('offers none when the network builds', () => {
    expect(networkFixes(net(L('dense')), flat, 'iris')).toEqual([]);
  });

  it('puts a Flatten before a Dense-first network on images, which then builds', () => {
    const spec = net(L('dense', { units: 16 }), L('dense', { units: 8 }));
    const fixes = networkFixes(spec, digits, 'mnist');
    expect(fixes.map((f) => f.label)).toEqual(['Add Flatten', 'Use the Image MLP']);
    const first = fixes[0];
    if (first?.id !== 'flatten') throw new Error('expected a Flatten fix');
    expect(networkProblems(fixed(spec, first.at), digits)).toEqual([]);
  });

  it('puts it after the convolutions when a Dense follows them directly', () => {
    const spec = net(L('conv2d'), L('maxPool2d'), L('dense'));
    const [fix] = networkFixes(spec, digits, 'mnist');
    expect(fix).toMatchObject({ id: 'flatten', at: 2 });
    expect(networkProblems(fixed(spec, 2), digits)).toEqual([]);
  });

  it('flattens at the end when only the output needs flat input', () => {
    const spec = net(L('conv2d'));
    const [fix] = networkFixes(spec, digits, 'mnist');
    expect(fix).toMatchObject({ id: 'flatten', at: 1, label: 'Add Flatten at the end' });
    expect(networkProblems(fixed(spec, 1), digits)).toEqual([]);
  });

  it('offers only the dataset’s own network for convolutions on flat rows', () => {
    expect(networkFixes(net(L('conv2d')), flat, 'iris')).toEqual([
      { id: 'recipe', label: 'Use the Table MLP' },
    ]);
  });

  it('removes a Flatten fed rows that are already flat', () => {
    const extra = L('flatten');
    const spec = net(L('dense', { units: 8 }), extra, L('dense', { units: 4 }));
    expect(
      networkProblems(spec, flat)
        .map((p) => p.message)
        .join(' '),
    ).toMatch(
      /Flatten 1 needs an image-shaped input .* but gets the flat \[8\]: there is nothing to unroll/,
    );
    const [fix] = networkFixes(spec, flat, 'iris');
    expect(fix).toEqual({ id: 'remove', layerId: extra.id, label: 'Remove this Flatten' });
    const without = { ...spec, layers: spec.layers.filter((l) => l.id !== extra.id) };
    expect(networkProblems(without, flat)).toEqual([]);
  });
});
