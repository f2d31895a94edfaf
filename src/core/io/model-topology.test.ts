import { describe, expect, it } from 'vitest';
import { checkTopology, layerEntries, matchWeights, normalizeKeras3 } from './model-topology';

const known = new Set([
  'Sequential',
  'Functional',
  'InputLayer',
  'Dense',
  'TimeDistributed',
  'LSTM',
]);
const dense = (name: string, extra: object = {}) => ({
  class_name: 'Dense',
  config: { name, units: 4, activation: 'relu', ...extra },
});
const sequential = (...layers: object[]) => ({
  keras_version: '2.15.0',
  model_config: { class_name: 'Sequential', config: { name: 'sequential', layers } },
});

describe('checkTopology', () => {
  it('accepts known layers, nested ones included', () => {
    const wrapped = {
      class_name: 'TimeDistributed',
      config: { name: 'td', layer: dense('inner') },
    };
    expect(checkTopology(sequential(dense('a'), wrapped), known, '4.22.0')).toBeNull();
    expect(layerEntries(sequential(dense('a'), wrapped).model_config).map((l) => l.name)).toEqual([
      'a',
      'td',
      'inner',
    ]);
  });

  it.each([
    [
      'an unknown layer class',
      sequential(dense('a'), { class_name: 'Wobble', config: { name: 'w1' } }),
      'Layer "w1" is of class "Wobble", which TensorFlow.js 4.22.0 cannot build.',
    ],
    [
      'an unknown class inside a wrapper',
      sequential({
        class_name: 'TimeDistributed',
        config: { name: 'td', layer: { class_name: 'Zap', config: { name: 'z' } } },
      }),
      'Layer "z" is of class "Zap", which TensorFlow.js 4.22.0 cannot build.',
    ],
    [
      'absurd units',
      sequential(dense('big', { units: 1e12 })),
      'Layer "big" declares units = 1,000,000,000,000; the limit is 50,000,000.',
    ],
    [
      'an absurd input',
      sequential({
        class_name: 'InputLayer',
        config: { name: 'in', batch_input_shape: [null, 1e5, 1e5] },
      }),
      'Layer "in" declares an input of 10,000,000,000 values per sample; the limit is 50,000,000.',
    ],
    ['no layers', sequential(), 'model.json describes a model with no layers.'],
    ['not a model', { class_name: 'Dense', config: {} }, /not a Sequential or functional model/],
  ])('refuses %s', (_label, topology, message) => {
    expect(checkTopology(topology, known, '4.22.0')).toMatch(message);
  });
});

describe('normalizeKeras3', () => {
  it('translates batch_shape and dtype policies', () => {
    const policy = {
      module: 'keras',
      class_name: 'DTypePolicy',
      config: { name: 'float32' },
      registered_name: null,
    };
    const out = normalizeKeras3(
      sequential(
        {
          class_name: 'InputLayer',
          config: { name: 'in', batch_shape: [null, 2], dtype: 'float32' },
        },
        dense('d', { dtype: policy }),
      ),
    );
    expect(out).toEqual(
      sequential(
        {
          class_name: 'InputLayer',
          config: { name: 'in', batch_input_shape: [null, 2], dtype: 'float32' },
        },
        dense('d', { dtype: 'float32' }),
      ),
    );
  });
});

describe('matchWeights', () => {
  const model = [
    { name: 'dense/kernel', shape: [2, 4], dtype: 'float32' },
    { name: 'dense/bias', shape: [4], dtype: 'float32' },
  ];
  const spec = (name: string, shape: number[], dtype: 'float32' | 'int32' = 'float32') => ({
    name,
    shape,
    dtype,
  });

  it('matches by name, and Keras 3 model-prefixed names to the layer names', () => {
    const r = matchWeights(
      [spec('sequential/dense/bias', [4]), spec('sequential/dense/kernel', [2, 4])],
      model,
      'sequential',
    );
    expect(r.ok && r.value.map((w) => w.name)).toEqual(['dense/bias', 'dense/kernel']);
  });

  it.each([
    [
      'a weight no layer uses',
      [spec('dense/kernel', [2, 4]), spec('dense/bias', [4]), spec('other/w', [1])],
      /has "other\/w", which no layer of the model uses/,
    ],
    ['a missing weight', [spec('dense/kernel', [2, 4])], /lacks the weight "dense\/bias"/],
    [
      'a dtype mismatch',
      [spec('dense/kernel', [2, 4], 'int32'), spec('dense/bias', [4])],
      'Weight "dense/kernel" is stored as int32; the layer needs float32.',
    ],
    [
      'a shape mismatch',
      [spec('dense/kernel', [3, 4]), spec('dense/bias', [4])],
      'Weight "dense/kernel" has shape [3, 4] in model.json; the layer needs [2, 4].',
    ],
    [
      'a duplicate',
      [spec('dense/kernel', [2, 4]), spec('dense/kernel', [2, 4])],
      /has "dense\/kernel" twice/,
    ],
  ])('refuses %s', (_label, manifest, message) => {
    const r = matchWeights(manifest, model, 'sequential');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
