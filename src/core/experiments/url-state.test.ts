import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/dataset';
import {
  DEFAULT_DATASET_SPEC,
  MNIST_INFO,
  SYNTHETIC_KINDS,
  TABLE_KINDS,
  type DatasetSpec,
  type TableSpec,
} from '../data/dataset-spec';
import { datasetIO, type NetworkIO } from '../model/network-spec';
import { presetById } from '../model/presets';
import { recipeSetup, RECIPES } from '../model/recipes';
import { defaultOptimizerSettings, OPTIMIZER_IDS } from '../train/optimizers';
import { SCHEDULE_CHOICES } from '../train/schedules';
import { toBase64Url } from './base64url';
import type { RunConfig } from './run-config';
import { STARTING_CONFIG } from './testing';
import { decodeSetup, encodeSetup, readSetupParam, SETUP_MAX_CHARS, setupHash } from './url-state';

const DEFAULTS = STARTING_CONFIG;

const roundTrip = (config: RunConfig) => decodeSetup(encodeSetup(config, DEFAULTS), DEFAULTS);

const table = (kind: TableSpec['kind'], task: TableSpec['task']): TableSpec => ({
  kind,
  file: { name: `${kind}.csv`, hash: '0123456789abcdef', rows: 150 },
  label: 'species',
  features: ['a', 'b', 'c', 'd'],
  task,
  missing: 'drop',
  scaling: 'standardize',
  seed: 3,
  split: { train: 70, validation: 15 },
});

const specs: [DatasetSpec, NetworkIO][] = [
  ...SYNTHETIC_KINDS.map((k): [DatasetSpec, NetworkIO] => {
    const spec = { ...DEFAULT_DATASET_SPEC, kind: k.id, samples: 300, seed: 9 };
    return [spec, datasetIO(buildDataset(spec))];
  }),
  [
    { kind: 'mnist', samples: 2_000, seed: 4, split: { train: 60, validation: 20 } },
    {
      inputShape: [28, 28, 1],
      task: { kind: 'classification', classNames: [...'0123456789'] },
    },
  ],
  ...TABLE_KINDS.map((k): [DatasetSpec, NetworkIO] => [
    table(k.id, 'classification'),
    { inputShape: [4], task: { kind: 'classification', classNames: ['x', 'y', 'z'] } },
  ]),
];

describe('a setup in the URL', () => {
  it('gives back the starting setup from an almost empty hash', () => {
    const encoded = encodeSetup(DEFAULTS, DEFAULTS);
    expect(encoded.length).toBeLessThan(40);
    expect(decodeSetup(encoded, DEFAULTS)).toEqual({ config: DEFAULTS, problems: [] });
  });

  it.each(specs.map(([spec, io]) => [spec.kind, spec, io] as const))(
    'round-trips the %s recipe exactly',
    (kind, spec, io) => {
      expect(kind in RECIPES || kind === MNIST_INFO.id).toBe(true);
      const config: RunConfig = { dataset: spec, ...recipeSetup(spec.kind, io), backend: 'cpu' };
      expect(roundTrip(config)).toEqual({ config, problems: [] });
    },
  );

  it('round-trips a CNN, a regression table and clipping and early stopping', () => {
    const cnn = presetById('small-cnn').build([28, 28, 1]);
    const config: RunConfig = {
      dataset: table('auto-mpg', 'regression'),
      network: { layers: cnn, binaryHead: 'sigmoid' },
      training: {
        ...DEFAULTS.training,
        loss: 'huber',
        huberDelta: 0.5,
        shuffle: false,
        clip: { kind: 'norm', threshold: 2.5 },
        earlyStopping: { enabled: true, patience: 7, minDelta: 0.001, restoreBest: false },
      },
      backend: 'webgl',
    };
    const encoded = encodeSetup(config, DEFAULTS);
    expect(encoded.length).toBeLessThan(1_200);
    expect(decodeSetup(encoded, DEFAULTS)).toEqual({ config, problems: [] });
  });

  it.each(OPTIMIZER_IDS)('round-trips the %s optimizer with its settings', (optimizer) => {
    const settings = Object.fromEntries(
      Object.entries(defaultOptimizerSettings(optimizer)).map(([k, v]) => [
        k,
        typeof v === 'number' ? v / 2 : !v,
      ]),
    );
    const training = {
      ...DEFAULTS.training,
      optimizer,
      optimizerSettings: settings,
      learningRate: 0.0123,
      seed: 77,
    };
    const config = { ...DEFAULTS, training };
    expect(roundTrip(config)).toEqual({ config, problems: [] });
  });

  it.each(SCHEDULE_CHOICES.map((c) => c.id))('round-trips the %s schedule', (kind) => {
    const schedule = { ...DEFAULTS.training.schedule, kind, factor: 0.3, patience: 3 };
    const config = { ...DEFAULTS, training: { ...DEFAULTS.training, schedule, epochs: 12 } };
    expect(roundTrip(config)).toEqual({ config, problems: [] });
  });

  it('lives in the hash beside other parameters', () => {
    const config = { ...DEFAULTS, backend: 'wasm' as const };
    const hash = setupHash('#view=map', config, DEFAULTS);
    expect(hash).toMatch(/^#view=map&setup=[\w-]+$/);
    expect(decodeSetup(readSetupParam(hash) as string, DEFAULTS).config).toEqual(config);
    expect(readSetupParam('#view=map')).toBeNull();
    expect(readSetupParam('')).toBeNull();
  });

  it('refuses an over-long setup before decoding it', () => {
    const r = decodeSetup('A'.repeat(SETUP_MAX_CHARS + 1), DEFAULTS);
    expect(r.config).toBe(DEFAULTS);
    expect(r.problems).toEqual([
      'Link: the setup is 16,385 characters long (at most 16,384); using the default setup.',
    ]);
  });

  it('stops inflating a small setup that unpacks to something huge', () => {
    const bomb = toBase64Url(deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 }));
    expect(bomb.length).toBeLessThan(SETUP_MAX_CHARS);
    expect(decodeSetup(bomb, DEFAULTS).problems).toEqual([
      'Link: the setup unpacks to more than 262,144 bytes; using the default setup.',
    ]);
  });

  it('names the source of a message', () => {
    expect(decodeSetup('%%%', DEFAULTS, 'Saved setup').problems[0]).toMatch(/^Saved setup: /);
  });

  it('encodes key order away: equal configs give equal links', () => {
    const a = { ...DEFAULTS, training: { ...DEFAULTS.training, epochs: 3 } };
    const b = { backend: a.backend, training: a.training, network: a.network, dataset: a.dataset };
    expect(encodeSetup(a, DEFAULTS)).toBe(encodeSetup(b, DEFAULTS));
  });
});
