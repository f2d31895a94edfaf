import { describe, expect, it } from 'vitest';
import type { AnySetting } from '../settings';
import { defaultLayer, LAYER_KIND_LIST, layerSettings, layerSummary } from './layer-kinds';
import { architectureLine, layerSpecSchema, settingProblems } from './network-spec';

/** Values just inside and just outside a setting's declared range. */
function edges(s: AnySetting): { inside: unknown[]; outside: unknown[] } {
  switch (s.type) {
    case 'int':
    case 'float':
      return {
        inside: [s.minExclusive ? s.min + s.step : s.min, s.maxExclusive ? s.max - s.step : s.max],
        outside: [
          s.minExclusive ? s.min : s.min - 1,
          s.maxExclusive ? s.max : s.max + 1,
          ...(s.type === 'int' ? [s.min + 0.5] : []),
        ],
      };
    case 'choice':
      return { inside: s.options.map((o) => o.id), outside: ['nope'] };
    case 'bool':
      return { inside: [true, false], outside: ['yes'] };
  }
}

describe.each(LAYER_KIND_LIST.map((d) => [d.kind, d] as const))('layer kind %s', (kind, d) => {
  const layer = defaultLayer(kind, 'x');

  it('has one setting per field of its spec, and its defaults parse', () => {
    expect(layer.kind).toBe(kind);
    const keys = layerSettings(kind).map((s) => s.key);
    expect(Object.keys(layer).filter((k) => k !== 'id' && k !== 'kind')).toEqual(keys);
    expect(layerSpecSchema.parse(layer)).toEqual(layer);
    expect(settingProblems(layer)).toEqual([]);
  });

  it('accepts the ends of each declared range and refuses values past them', () => {
    for (const s of layerSettings(kind)) {
      const { inside, outside } = edges(s);
      for (const v of inside)
        expect(layerSpecSchema.safeParse({ ...layer, [s.key]: v }).success, `${s.key}=${v}`).toBe(
          true,
        );
      for (const v of outside) {
        expect(layerSpecSchema.safeParse({ ...layer, [s.key]: v }).success, `${s.key}=${v}`).toBe(
          false,
        );
        expect(settingProblems({ ...layer, [s.key]: v } as typeof layer)).toHaveLength(1);
      }
    }
  });

  it('is summarised on one line, starting with its label or its function', () => {
    const line = layerSummary(layer);
    expect(line.length).toBeGreaterThan(0);
    expect(architectureLine({ layers: [layer], binaryHead: 'softmax' })).toBe(line);
    if (kind !== 'activation') expect(line.startsWith(d.label)).toBe(true);
  });
});

describe('architectureLine', () => {
  it('names each layer with its main settings', () => {
    const layers = [
      { ...defaultLayer('conv2d', 'a'), filters: 4 },
      defaultLayer('maxPool2d', 'b'),
      defaultLayer('flatten', 'c'),
      { ...defaultLayer('dense', 'd'), activation: 'tanh' },
      { ...defaultLayer('activation', 'e'), activation: 'leakyRelu' },
    ] as ReturnType<typeof defaultLayer>[];
    expect(architectureLine({ layers, binaryHead: 'softmax' })).toBe(
      'Conv2D(4, 3×3, ReLU) → MaxPooling2D(2) → Flatten → Dense(16, tanh) → Leaky ReLU',
    );
  });
});
