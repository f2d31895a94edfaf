import { describe, expect, it } from 'vitest';
import { buildDataset, classCounts, totalSamples } from './dataset';
import {
  SYNTHETIC_KINDS,
  datasetSpecSchema,
  syntheticClasses,
  type SyntheticSpec,
} from './dataset-spec';
import { balancedCounts, generatePoints, generateSurface } from './generators';
import { stratifiedSplit } from './split';

const spec = (over: Partial<SyntheticSpec> = {}): SyntheticSpec => ({
  kind: 'circle',
  samples: 500,
  noise: 0.1,
  seed: 7,
  split: { train: 60, validation: 20 },
  ...over,
});

const CLASSIFIERS = SYNTHETIC_KINDS.filter((k) => k.task === 'classification').map((k) => k.id);
const SURFACES = SYNTHETIC_KINDS.filter((k) => k.task === 'regression').map((k) => k.id);

describe('classification generators', () => {
  it.each(CLASSIFIERS)('%s is deterministic for a seed', (kind) => {
    const a = generatePoints(kind, 301, 0.2, 11, 3);
    const b = generatePoints(kind, 301, 0.2, 11, 3);
    const c = generatePoints(kind, 301, 0.2, 12, 3);
    expect(a.x).toEqual(b.x);
    expect(a.y).toEqual(b.y);
    expect(a.x).not.toEqual(c.x);
  });

  it.each(CLASSIFIERS)('%s returns the requested count, balanced', (kind) => {
    const ds = buildDataset(spec({ kind, samples: 301, seed: 3 }));
    const k = syntheticClasses(spec({ kind }));
    expect(totalSamples(ds)).toBe(301);
    const counts = new Array<number>(k).fill(0);
    for (const part of [ds.train, ds.validation, ds.test]) {
      classCounts(part, k).forEach((c, i) => (counts[i]! += c));
      expect(part.x.length).toBe(part.n * 2);
      expect(part.x.every(Number.isFinite)).toBe(true);
    }
    expect(counts).toEqual(balancedCounts(301, k));
    expect(ds.task).toEqual({
      kind: 'classification',
      classNames: Array.from({ length: k }, (_, c) => `Class ${c}`),
    });
  });

  it.each([
    ['spiral', 5],
    ['blobs', 7],
  ] as const)('%s makes %i balanced classes on request', (kind, classes) => {
    const pts = generatePoints(kind, 703, 0.1, 5, classes);
    expect(pts.numClasses).toBe(classes);
    const counts = new Array<number>(classes).fill(0);
    pts.y.forEach((c) => counts[c]!++);
    expect(counts).toEqual(balancedCounts(703, classes));
  });

  it('keeps the first release’s points for the original kinds', () => {
    // Spiral with two arms must not move when multi-arm spirals were added.
    // (Values printed by the first release's generator.)
    const pts = generatePoints('spiral', 4, 0, 1, 2);
    [0, 0.05, -0.37123105, 0.37123105].forEach((v, i) => expect(pts.x[i]).toBeCloseTo(v, 6));
    expect(Array.from(pts.y)).toEqual([0, 0, 1, 1]);
    const xor = generatePoints('xor', 2, 0.1, 1);
    [0.76729572, 0.00156125].forEach((v, i) => expect(xor.x[i]).toBeCloseTo(v, 6));
  });

  it('noise 0 keeps circle classes apart', () => {
    const pts = generatePoints('circle', 400, 0, 1);
    for (let i = 0; i < 400; i++) {
      const r = Math.hypot(pts.x[2 * i]!, pts.x[2 * i + 1]!);
      expect(pts.y[i] === 0 ? r <= 0.5 : r >= 0.7).toBe(true);
    }
  });

  it('noise 0 puts checkerboard points in cells of their class', () => {
    const pts = generatePoints('checkerboard', 400, 0, 2);
    for (let i = 0; i < 400; i++) {
      const cx = Math.floor((pts.x[2 * i]! + 1) * 2);
      const cy = Math.floor((pts.x[2 * i + 1]! + 1) * 2);
      expect((cx + cy) % 2).toBe(pts.y[i]);
    }
  });

  it('balancedCounts differ by at most one', () => {
    expect(balancedCounts(10, 3)).toEqual([4, 3, 3]);
  });
});

describe('regression generators', () => {
  it.each(SURFACES)('%s is deterministic, with one finite target per point', (kind) => {
    const a = generateSurface(kind, 250, 0.05, 4);
    const b = generateSurface(kind, 250, 0.05, 4);
    expect(a.x).toEqual(b.x);
    expect(a.t).toEqual(b.t);
    expect(a.t.length).toBe(250);
    expect(a.t.every(Number.isFinite)).toBe(true);
    expect(generateSurface(kind, 250, 0.05, 5).t).not.toEqual(a.t);
  });

  it('plane without noise is (x1 + x2) / 2', () => {
    const { x, t } = generateSurface('plane', 50, 0, 1);
    for (let i = 0; i < 50; i++) expect(t[i]).toBeCloseTo((x[2 * i]! + x[2 * i + 1]!) / 2, 6);
  });

  it('builds a regression dataset with [n, 1] float targets', () => {
    const ds = buildDataset(spec({ kind: 'hills', samples: 1000 }));
    expect(ds.task).toEqual({ kind: 'regression', targetNames: ['y'] });
    expect(ds.train.y).toBeInstanceOf(Float32Array);
    expect([ds.train.n, ds.validation.n, ds.test.n]).toEqual([600, 200, 200]);
  });
});

describe('splits', () => {
  it('produces the requested split counts', () => {
    const ds = buildDataset(spec({ samples: 1000 }));
    expect(ds.train.n).toBe(600);
    expect(ds.validation.n).toBe(200);
    expect(ds.test.n).toBe(200);
    expect(ds.train.x.length).toBe(1200);
  });

  it('gives 120 / 40 / 40 for 200 samples at 60 / 20', () => {
    const ds = buildDataset(spec({ kind: 'xor', samples: 200 }));
    expect([ds.train.n, ds.validation.n, ds.test.n]).toEqual([120, 40, 40]);
  });

  it('is deterministic and disjoint', () => {
    const labels = generatePoints('spiral', 500, 0.1, 5).y;
    const a = stratifiedSplit(labels, 2, { train: 70, validation: 15 }, 9);
    const b = stratifiedSplit(labels, 2, { train: 70, validation: 15 }, 9);
    expect(a).toEqual(b);
    const all = [...a.train, ...a.validation, ...a.test].sort((p, q) => p - q);
    expect(all).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it.each([
    ['xor', 999, 2],
    ['blobs', 1001, 5],
    ['spiral', 777, 6],
  ] as const)('%s keeps class ratios within one sample in every split', (kind, samples, k) => {
    const ds = buildDataset(
      spec({
        kind,
        samples,
        classes: kind === 'xor' ? undefined : k,
        split: { train: 55, validation: 25 },
      }),
    );
    for (const part of [ds.train, ds.validation, ds.test]) {
      for (const c of classCounts(part, k)) {
        expect(Math.abs(c - part.n / k)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('dataset spec', () => {
  it('rejects out-of-range values', () => {
    expect(datasetSpecSchema.safeParse(spec({ samples: 5 })).success).toBe(false);
    expect(
      datasetSpecSchema.safeParse(spec({ split: { train: 90, validation: 20 } })).success,
    ).toBe(false);
    expect(datasetSpecSchema.safeParse(spec()).success).toBe(true);
  });

  it('accepts specs of the first release unchanged', () => {
    const old = {
      kind: 'xor',
      samples: 200,
      noise: 0.1,
      seed: 1,
      split: { train: 60, validation: 20 },
    };
    expect(datasetSpecSchema.parse(old)).toEqual(old);
  });

  it('checks class counts against the kind', () => {
    const msg = (s: unknown) => datasetSpecSchema.safeParse(s).error?.issues.map((i) => i.message);
    expect(msg(spec({ kind: 'circle', classes: 3 }))).toContain(
      'Circle has a fixed number of classes.',
    );
    expect(msg(spec({ kind: 'blobs', classes: 2 }))).toContain(
      'Gaussian blobs takes 3 to 8 classes.',
    );
    expect(datasetSpecSchema.safeParse(spec({ kind: 'spiral', classes: 4 })).success).toBe(true);
  });

  it('refuses to generate a spec that needs a file', () => {
    expect(() =>
      buildDataset({ kind: 'mnist', samples: 500, seed: 1, split: { train: 60, validation: 20 } }),
    ).toThrow(/built from its file/);
  });
});
