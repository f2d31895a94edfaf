import { describe, expect, it } from 'vitest';
import { kerasLayerLines } from './keras';
import { defaultLayer, LAYER_KIND_LIST } from './layer-kinds';
import { layerNames } from './network-spec';

describe('Keras layer lines', () => {
  it.each(LAYER_KIND_LIST.map((d) => d.kind))(
    'write a default %s layer under the name the engine gives it',
    (kind) => {
      const spec = { layers: [defaultLayer(kind, 'x')], binaryHead: 'softmax' as const };
      const lines = kerasLayerLines(spec, {
        inputShape: [6, 6, 2],
        task: { kind: 'classification', classNames: ['a', 'b'] },
      });
      const name = layerNames(spec.layers)[0];
      expect(lines[1]).toMatch(new RegExp(`^layers\\.\\w+\\(.*name="${name}"\\)$`));
      expect(lines.at(-2)).toContain('name="output"');
    },
  );

  it('follow a leaky-ReLU kernel layer with its own LeakyReLU layer', () => {
    const spec = {
      layers: [{ ...defaultLayer('dense', 'x'), activation: 'leakyRelu' as const }],
      binaryHead: 'softmax' as const,
    };
    const lines = kerasLayerLines(spec, {
      inputShape: [2],
      task: { kind: 'regression', targetNames: ['y'] },
    });
    expect(lines.slice(1, 3)).toEqual([
      'layers.Dense(16, activation=None, kernel_initializer="glorot_uniform", use_bias=True, name="dense_1")',
      'layers.LeakyReLU(negative_slope=0.2, name="dense_1_leaky_relu")',
    ]);
  });
});
