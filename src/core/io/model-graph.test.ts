import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGraph } from './model-graph';
import { checkTopology, modelConfig, normalizeKeras3 } from './model-topology';

type Json = Record<string, unknown>;
interface GraphConfig {
  name: string;
  layers: { class_name: string; name: string; config: Json; inbound_nodes: unknown[] }[];
  input_layers: unknown;
  output_layers: unknown;
}

const topology = (dir: string): Json =>
  (
    JSON.parse(
      readFileSync(new URL(`../../../e2e/fixtures/${dir}/model.json`, import.meta.url), 'utf8'),
    ) as Json
  )['modelTopology'] as Json;
const graphOf = (t: Json) => modelConfig(t)['config'] as GraphConfig;
const known = new Set(['Functional', 'InputLayer', 'Dense', 'Add']);

describe('normalizeKeras3 on a functional graph', () => {
  it("writes Keras 3's calls as the Keras 2 node lists tfjs reads", () => {
    const k3 = graphOf(normalizeKeras3(topology('keras3-functional')));
    const k2 = graphOf(topology('keras-functional'));
    const nodes = (g: GraphConfig) =>
      g.layers.map((l) => JSON.stringify(l.inbound_nodes).replace(/input_layer|input_1/g, 'in'));
    expect(nodes(k3)).toEqual(nodes(k2));
    expect(k3.layers[3]!.inbound_nodes).toEqual([
      [
        ['dense', 0, 0, {}],
        ['dense_1', 0, 0, {}],
      ],
    ]);
    expect(k3.input_layers).toEqual([['input_layer', 0, 0]]);
  });

  it('keeps plain call settings, drops tensors, and lists single or named inputs', () => {
    const tensor = (name: string) => ({
      class_name: '__keras_tensor__',
      config: { shape: [null, 4], dtype: 'float32', keras_history: [name, 1, 0] },
    });
    const t = normalizeKeras3({
      class_name: 'Functional',
      config: {
        layers: [
          {
            class_name: 'Dropout',
            name: 'drop',
            inbound_nodes: [
              { args: [tensor('a')], kwargs: { training: false, mask: tensor('m') } },
            ],
          },
        ],
        input_layers: ['a', 0, 0],
        output_layers: { out: ['drop', 0, 0] },
      },
    });
    const g = graphOf(t);
    expect(g.layers[0]!.inbound_nodes).toEqual([[['a', 1, 0, { training: false }]]]);
    expect(g.input_layers).toEqual([['a', 0, 0]]);
    expect(g.output_layers).toEqual([['drop', 0, 0]]);
  });
});

describe('checkGraph', () => {
  const fixture = () => structuredClone(graphOf(topology('keras-functional')));

  it('accepts both fixtures', () => {
    expect(checkGraph(fixture() as unknown as Json)).toBeNull();
    expect(
      checkGraph(graphOf(normalizeKeras3(topology('keras3-functional'))) as unknown as Json),
    ).toBeNull();
  });

  it.each<[string, (g: GraphConfig) => void, string]>([
    [
      'a call naming a missing layer',
      (g) =>
        (g.layers[3]!.inbound_nodes = [
          [
            ['dense', 0, 0, {}],
            ['dense_9', 0, 0, {}],
          ],
        ]),
      'Layer "add" names layer "dense_9", which the model does not have.',
    ],
    [
      'a call of a node that does not exist',
      (g) => (g.layers[2]!.inbound_nodes = [[['dense', 1, 0, {}]]]),
      'Layer "dense_1" uses call 2 of layer "dense", which is called 1 time.',
    ],
    [
      'a cycle',
      (g) => (g.layers[1]!.inbound_nodes = [[['dense_2', 0, 0, {}]]]),
      'The model\'s graph has a cycle: layer "dense" takes its input, through other layers, from its own output.',
    ],
    [
      'an output that is not there',
      (g) => (g.output_layers = [['head', 0, 0]]),
      'The model\'s output_layers names layer "head", which the model does not have.',
    ],
    [
      'no input list',
      (g) => delete (g as Partial<GraphConfig>).input_layers,
      "The model's input_layers list is missing.",
    ],
    [
      'two layers of one name',
      (g) => (g.layers[2]!.name = 'dense'),
      'Two layers of the graph are named "dense".',
    ],
    [
      'a layer without inbound nodes',
      (g) => delete (g.layers[2] as Partial<GraphConfig['layers'][number]>).inbound_nodes,
      'Layer "dense_1" does not say where its inputs come from.',
    ],
    [
      'a malformed reference',
      (g) => (g.layers[2]!.inbound_nodes = [[{ layer: 'dense' }]]),
      'Layer "dense_1" has an input that is not a [layer, node, tensor] reference.',
    ],
  ])('refuses %s by name', (_, edit, message) => {
    const g = fixture();
    edit(g);
    expect(checkGraph(g as unknown as Json)).toBe(message);
  });

  it('lets a shared layer be called at two depths', () => {
    const g = fixture();
    // dense_1 applied twice: on dense, then on its own first output.
    g.layers[2]!.inbound_nodes = [[['dense', 0, 0, {}]], [['dense_1', 0, 0, {}]]];
    g.layers[3]!.inbound_nodes = [
      [
        ['dense', 0, 0, {}],
        ['dense_1', 1, 0, {}],
      ],
    ];
    expect(checkGraph(g as unknown as Json)).toBeNull();
  });

  it('checkTopology names an unsupported layer of a functional model before its graph', () => {
    const t = structuredClone(topology('keras-functional'));
    const g = graphOf(t);
    g.layers[3]!.class_name = 'Subtract';
    g.layers[4]!.inbound_nodes = [[['nowhere', 0, 0, {}]]];
    expect(checkTopology(t, known, '4.22.0')).toBe(
      'Layer "add" is of class "Subtract", which TensorFlow.js 4.22.0 cannot build.',
    );
    g.layers[3]!.class_name = 'Add';
    expect(checkTopology(t, known, '4.22.0')).toBe(
      'Layer "dense_2" names layer "nowhere", which the model does not have.',
    );
  });

  it('checks a functional model nested in another', () => {
    const inner = fixture();
    inner.output_layers = [['gone', 0, 0]];
    const t = {
      class_name: 'Sequential',
      config: { name: 'outer', layers: [{ class_name: 'Functional', config: inner }] },
    };
    expect(checkTopology(t, known, '4.22.0')).toBe(
      'In the nested model "model": The model\'s output_layers names layer "gone", which the model does not have.',
    );
  });
});
