import { describe, expect, it } from 'vitest';
import { buildDataset, classCounts } from './dataset';
import { DATASET_KINDS, datasetSpecSchema, type DatasetSpec } from './dataset-spec';
import { balancedCounts, generatePoints } from './generators';
import { stratifiedSplit } from './split';

const spec = (over: Partial<DatasetSpec> = {}): DatasetSpec => ({
  kind: 'circle',
  samples: 500,
  noise: 0.1,
  seed: 7,
  split: { train: 60, validation: 20 },
  ...over,
});

describe('generators', () => {
  it.each(DATASET_KINDS.map((k) => k.id))('%s is deterministic for a seed', (kind) => {
    const a = generatePoints(kind, 301, 0.2, 11);
    const b = generatePoints(kind, 301, 0.2, 11);
    const c = generatePoints(kind, 301, 0.2, 12);
    expect(a.x).toEqual(b.x);
    expect(a.y).toEqual(b.y);
    expect(a.x).not.toEqual(c.x);
  });

  it.each(DATASET_KINDS.map((k) => k.id))('%s returns the requested count, balanced', (kind) => {
    const pts = generatePoints(kind, 301, 0.1, 3);
    expect(pts.x.length).toBe(602);
    expect(pts.y.length).toBe(301);
    const counts = [0, 0];
    pts.y.forEach((c) => counts[c]!++);
    expect(counts).toEqual([151, 150]);
    expect(pts.x.every(Number.isFinite)).toBe(true);
  });

  it('noise 0 keeps circle classes apart', () => {
    const pts = generatePoints('circle', 400, 0, 1);
    for (let i = 0; i < 400; i++) {
      const r = Math.hypot(pts.x[2 * i]!, pts.x[2 * i + 1]!);
      expect(pts.y[i] === 0 ? r <= 0.5 : r >= 0.7).toBe(true);
    }
  });

  it('balancedCounts differ by at most one', () => {
    expect(balancedCounts(10, 3)).toEqual([4, 3, 3]);
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

  it('is deterministic and disjoint', () => {
    const labels = generatePoints('spiral', 500, 0.1, 5).y;
    const a = stratifiedSplit(labels, 2, { train: 70, validation: 15 }, 9);
    const b = stratifiedSplit(labels, 2, { train: 70, validation: 15 }, 9);
    expect(a).toEqual(b);
    const all = [...a.train, ...a.validation, ...a.test].sort((p, q) => p - q);
    expect(all).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('keeps class ratios within one sample in every split', () => {
    const ds = buildDataset(
      spec({ kind: 'xor', samples: 999, split: { train: 55, validation: 25 } }),
    );
    for (const part of [ds.train, ds.validation, ds.test]) {
      const [c0, c1] = classCounts(part, 2) as [number, number];
      expect(Math.abs(c0 - part.n / 2)).toBeLessThanOrEqual(1);
      expect(Math.abs(c1 - part.n / 2)).toBeLessThanOrEqual(1);
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
});
