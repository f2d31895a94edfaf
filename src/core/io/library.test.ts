import { describe, expect, it } from 'vitest';
import { browseLibrary, copyName } from './library';
import type { SavedModelInfo } from './model-meta';

const row = (
  name: string,
  savedAt: string,
  valLoss: number | null,
  bytes: number,
): SavedModelInfo => ({
  name,
  createdAt: savedAt,
  savedAt,
  totalParams: bytes / 4,
  weightBytes: bytes,
  optimizerBytes: 0,
  architecture: name.startsWith('cnn') ? 'Conv2D(8, 3×3, ReLU) → Flatten' : 'Dense(8, tanh)',
  epochs: 3,
  finalValLoss: valLoss,
  finalValAcc: null,
  finalValMae: null,
  optimizerState: false,
});
const rows = [
  row('xor 2', '2025-01-02T00:00:00.000Z', 0.3, 400),
  row('cnn mnist', '2025-01-03T00:00:00.000Z', null, 9000),
  row('xor 10', '2025-01-01T00:00:00.000Z', 0.1, 100),
];
const names = (r: SavedModelInfo[]) => r.map((x) => x.name);

describe('browseLibrary', () => {
  it.each([
    ['newest', ['cnn mnist', 'xor 2', 'xor 10']],
    ['oldest', ['xor 10', 'xor 2', 'cnn mnist']],
    ['name', ['cnn mnist', 'xor 2', 'xor 10']],
    ['valLoss', ['xor 10', 'xor 2', 'cnn mnist']],
    ['size', ['cnn mnist', 'xor 2', 'xor 10']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(names(browseLibrary(rows, '', sort))).toEqual(expected);
  });

  it('searches names and architectures, every word', () => {
    expect(names(browseLibrary(rows, 'XOR', 'name'))).toEqual(['xor 2', 'xor 10']);
    expect(names(browseLibrary(rows, 'conv2d mnist', 'name'))).toEqual(['cnn mnist']);
    expect(names(browseLibrary(rows, 'xor conv2d', 'name'))).toEqual([]);
  });
});

describe('copyName', () => {
  it('finds a free name', () => {
    expect(copyName('m', new Set())).toBe('m (copy)');
    expect(copyName('m', new Set(['m (copy)', 'm (copy 2)']))).toBe('m (copy 3)');
    expect(copyName('x'.repeat(80), new Set())).toHaveLength(80);
  });
});
