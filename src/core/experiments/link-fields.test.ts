import { describe, expect, it } from 'vitest';
import type { RunConfig } from './run-config';
import { linkOf, packText, STARTING_CONFIG as D } from './testing';
import { decodeSetup } from './url-state';

const dense = (units: unknown, id = 'a') => ({ ...D.network.layers[0], id, units });
const net = (layers: unknown[]) => ({ layers, binaryHead: 'softmax' });
const spiral = { ...D.dataset, kind: 'spiral', samples: 500 };

/** [what, payload, messages, what must still have come through]. */
const HOSTILE: [string, unknown, string[], (c: RunConfig) => unknown, unknown][] = [
  [
    'a negative learning rate',
    { v: 1, training: { learningRate: -1, epochs: 7 } },
    ['Link: learning rate must be at least 0.000001; using 0.01.'],
    (c) => [c.training.learningRate, c.training.epochs],
    [0.01, 7],
  ],
  [
    'a learning rate of a string',
    { v: 1, training: { learningRate: 'fast' } },
    ['Link: learning rate must be a number; using 0.01.'],
    (c) => c.training.learningRate,
    0.01,
  ],
  [
    'an infinite learning rate',
    JSON.parse('{"v":1,"training":{"learningRate":1e999}}'),
    ['Link: learning rate must be a number; using 0.01.'],
    (c) => c.training.learningRate,
    0.01,
  ],
  [
    'a layer of a million units',
    { v: 1, dataset: spiral, network: net([dense(8), dense(1_000_000, 'b')]) },
    ['Link: layer 2 has 1,000,000 units (at most 4,096); using the default network.'],
    (c) => [c.dataset.kind, c.network],
    ['spiral', D.network],
  ],
  [
    'more layers than the editor allows',
    { v: 1, network: net(Array.from({ length: 40 }, (_, i) => dense(4, `x${i}`))) },
    ['Link: the network has 40 layers (at most 32); using the default network.'],
    (c) => c.network,
    D.network,
  ],
  [
    'a layer of an unknown kind',
    { v: 1, network: net([{ id: 'a', kind: 'lstm' }]) },
    ['Link: layer 1 has an unknown kind "lstm"; using the default network.'],
    (c) => c.network,
    D.network,
  ],
  [
    'a layer with a setting it does not have',
    { v: 1, network: net([{ ...dense(8), kernelSize: 3 }]) },
    ['Link: layer 1 has an unknown setting "kernelSize"; using the default network.'],
    (c) => c.network,
    D.network,
  ],
  [
    'a kind that is a whole essay',
    { v: 1, network: net([{ id: 'a', kind: 'x'.repeat(5_000) }]) },
    [`Link: layer 1 has an unknown kind "${'x'.repeat(39)}…; using the default network.`],
    (c) => c.network,
    D.network,
  ],
  [
    'a wrong activation',
    { v: 1, network: net([{ ...dense(8), activation: 'magic' }]) },
    [
      'Link: layer 1 has activation "magic" (Activation must be one of ReLU, Leaky ReLU, ELU, SELU, Swish, GELU, tanh, Sigmoid, Softmax, Linear); using the default network.',
    ],
    (c) => c.network,
    D.network,
  ],
  [
    'two layers with one id',
    { v: 1, network: net([dense(8), dense(8)]) },
    ["Link: the network's layers: Two layers share an id; using the default network."],
    (c) => c.network,
    D.network,
  ],
  [
    'a billion samples',
    { v: 1, dataset: { ...spiral, samples: 1e9 }, training: { epochs: 3 } },
    [
      'Link: data samples: At most 10,000 samples; using the default data (Circle, 400 samples, seed 1).',
    ],
    (c) => [c.dataset, c.training.epochs],
    [D.dataset, 3],
  ],
  [
    'a data field the spec does not have',
    { v: 1, dataset: { ...spiral, rows: [[1, 2]] } },
    ['Link: unknown data field "rows" ignored.'],
    (c) => c.dataset,
    spiral,
  ],
  [
    'an unknown dataset kind',
    { v: 1, dataset: { ...spiral, kind: 'imagenet' } },
    ['Link: data kind: Invalid input; using the default data (Circle, 400 samples, seed 1).'],
    (c) => c.dataset,
    D.dataset,
  ],
  [
    'unknown fields, at the top and in training',
    JSON.parse('{"v":1,"weights":[1],"training":{"turbo":true,"__proto__":1,"batchSize":8}}'),
    [
      'Link: unknown field "weights" ignored.',
      'Link: unknown training setting "turbo" ignored.',
      'Link: unknown training setting "__proto__" ignored.',
    ],
    (c) => c.training.batchSize,
    8,
  ],
  [
    'an unknown optimizer',
    { v: 1, training: { optimizer: 'lion', learningRate: 0.2 } },
    [
      'Link: optimizer: Invalid option: expected one of "sgd"|"momentum"|"adam"|"adamax"|"rmsprop"|"adagrad"|"adadelta"; using adam.',
    ],
    (c) => [c.training.optimizer, c.training.learningRate],
    ['adam', 0.2],
  ],
  [
    'settings of another optimizer',
    { v: 1, training: { optimizer: 'sgd' } },
    [
      'Link: optimizer settings: "beta1" is not a setting of this optimizer; using the defaults for SGD.',
    ],
    (c) => [c.training.optimizer, c.training.optimizerSettings],
    ['sgd', {}],
  ],
  [
    'a β₁ of 2',
    { v: 1, training: { optimizerSettings: { beta1: 2, beta2: 0.9, epsilon: 1e-7 } } },
    [
      'Link: optimizer settings: β₁ must be a number from 0 to below 1; using the defaults for Adam.',
    ],
    (c) => c.training.optimizerSettings,
    D.training.optimizerSettings,
  ],
  [
    'a schedule of the wrong type',
    { v: 1, training: { schedule: 'fast', epochs: 0 } },
    [
      'Link: learning-rate schedule: Invalid input: expected object, received string; using the default.',
      'Link: epochs: Train for at least 1 epoch; using 50.',
    ],
    (c) => c.training.schedule,
    D.training.schedule,
  ],
  [
    'an unknown backend',
    { v: 1, backend: 'quantum', training: { seed: 5 } },
    ['Link: backend "quantum" is not one of auto, webgl, wasm, cpu, webgpu; using auto.'],
    (c) => [c.backend, c.training.seed],
    ['auto', 5],
  ],
  [
    'a payload that is a list',
    [1, 2],
    ['Link: the setup is not a set of fields; using the default setup.'],
    (c) => c,
    D,
  ],
];

describe('a hostile link', () => {
  it.each(HOSTILE)('with %s lands on its message', (_what, payload, messages, pick, kept) => {
    const { config, problems } = decodeSetup(linkOf(payload), D);
    expect(problems).toEqual(messages);
    expect(pick(config)).toEqual(kept);
  });

  it.each([
    ['characters outside base64url', 'a+b/c=', 'has characters a setup never has'],
    [
      'a cut-off deflate stream',
      linkOf({ v: 1, training: { epochs: 3 } }).slice(0, 10),
      'could not be unpacked',
    ],
    ['text that is not JSON', packText('{"v": 1, oops'), 'not valid JSON'],
  ])('with %s gives the defaults and says so', (_what, encoded, message) => {
    const { config, problems } = decodeSetup(encoded, D);
    expect(config).toBe(D);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('lists at most a dozen messages', () => {
    const junk = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const { problems } = decodeSetup(linkOf({ v: 1, ...junk }), D);
    expect(problems).toHaveLength(12);
    expect(problems.at(-1)).toBe('…and 489 more problems with this setup.');
  });
});
