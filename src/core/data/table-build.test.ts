import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classCounts } from './dataset';
import type { TableKind, TableSpec } from './dataset-spec';
import { parseCsv } from './csv-parse';
import type { ParsedTable } from './table';
import { buildTableDataset } from './table-build';
import { allowedTasks, defaultTableSpec, taskHint, withLabel } from './table-choice';
import { encodeRecords } from './table-encode';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

async function table(text: string, name = 't.csv'): Promise<ParsedTable> {
  const r = await parseCsv(text, name, text.length);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const base = { seed: 3, split: { train: 60, validation: 20 } };

async function setup(path: string, kind: TableKind, over: Partial<TableSpec> = {}) {
  const t = await table(read(path), path.split('/').pop());
  const spec = { ...defaultTableSpec(kind, t.summary, base), ...over };
  return { t, spec, built: buildTableDataset(t, spec) };
}

function built(r: ReturnType<typeof buildTableDataset>) {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Column means and standard deviations of an [n, f] array. */
function stats(x: Float32Array, n: number, f: number) {
  return Array.from({ length: f }, (_, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i * f + j]!;
    const mean = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (x[i * f + j]! - mean) ** 2;
    return { mean, sd: Math.sqrt(ss / n) };
  });
}

describe('Iris', () => {
  it('picks species as the label and builds three stratified classes', async () => {
    const { spec, built: r } = await setup('public/data/iris.csv', 'iris');
    expect(spec).toMatchObject({
      label: 'species',
      features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
      task: 'classification',
      scaling: 'standardize',
    });
    const { dataset: ds, report } = built(r);
    expect(ds.task).toEqual({
      kind: 'classification',
      classNames: ['setosa', 'versicolor', 'virginica'],
    });
    expect(ds.inputShape).toEqual([4]);
    expect([ds.train.n, ds.validation.n, ds.test.n]).toEqual([90, 30, 30]);
    expect(classCounts(ds.train, 3)).toEqual([30, 30, 30]);
    expect(classCounts(ds.test, 3)).toEqual([10, 10, 10]);
    expect(report).toMatchObject({ rows: 150, used: 150, droppedNoLabel: 0, inputs: 4 });
  });

  it('is deterministic for a seed and differs for another', async () => {
    const a = built((await setup('public/data/iris.csv', 'iris')).built).dataset;
    const b = built((await setup('public/data/iris.csv', 'iris')).built).dataset;
    const c = built((await setup('public/data/iris.csv', 'iris', { seed: 4 })).built).dataset;
    expect(a.train.x).toEqual(b.train.x);
    expect(a.train.x).not.toEqual(c.train.x);
  });
});

describe('scaling', () => {
  it('standardizes with the training split’s statistics only', async () => {
    const { t, spec } = await setup('public/data/iris.csv', 'iris');
    const ds = built(buildTableDataset(t, spec)).dataset;
    for (const { mean, sd } of stats(ds.train.x, ds.train.n, 4)) {
      expect(mean).toBeCloseTo(0, 5);
      expect(sd).toBeCloseTo(1, 4);
    }
    // The validation split is scaled with the training numbers, so it is not exactly standard.
    expect(stats(ds.validation.x, ds.validation.n, 4).some((s) => Math.abs(s.mean) > 0.01)).toBe(
      true,
    );

    // Changing a value that lands in the test split leaves the fitted scaling unchanged.
    const raw = built(buildTableDataset(t, { ...spec, scaling: 'none' })).dataset;
    const testValue = raw.test.x[0]!;
    const row = Array.from(t.columns[0]!.numbers).findIndex((v) => Math.fround(v) === testValue);
    const altered = structuredClone(t);
    altered.columns[0]!.numbers[row] = 1000;
    const again = built(buildTableDataset(altered, spec)).dataset;
    expect(again.scaling).toEqual(ds.scaling);
    expect(again.test.x[0]).not.toBe(ds.test.x[0]);
  });

  it('min–max maps the training split into [0, 1] and stores the fitted numbers', async () => {
    const { built: r } = await setup('public/data/iris.csv', 'iris', { scaling: 'minmax' });
    const ds = built(r).dataset;
    expect(Math.min(...ds.train.x)).toBeCloseTo(0, 6);
    expect(Math.max(...ds.train.x)).toBeCloseTo(1, 6);
    expect(ds.scaling?.offset).toHaveLength(4);
    expect(ds.scaling?.scale.every((s) => s > 0)).toBe(true);
  });

  it('none leaves the values as they are', async () => {
    const { built: r } = await setup('public/data/iris.csv', 'iris', { scaling: 'none' });
    const ds = built(r).dataset;
    expect(ds.scaling).toBeNull();
    expect(Math.max(...ds.train.x)).toBeGreaterThan(6);
  });
});

describe('Auto MPG: regression, missing values, categories', () => {
  it('regresses mpg, drops rows without a label and rows with missing features', async () => {
    const { spec, built: r } = await setup('public/data/auto-mpg.csv', 'auto-mpg');
    expect(spec.label).toBe('mpg');
    expect(spec.task).toBe('regression');
    // "name" is free text, so it is not offered as a feature.
    expect(spec.features).not.toContain('name');
    const { dataset: ds, report } = built(r);
    expect(report).toMatchObject({ rows: 406, droppedNoLabel: 8, droppedMissing: 6, used: 392 });
    expect(ds.task).toEqual({ kind: 'regression', targetNames: ['mpg'] });
    expect(ds.train.y).toBeInstanceOf(Float32Array);
    expect(ds.featureNames.filter((f) => f.startsWith('origin='))).toHaveLength(3);
    expect(ds.columns?.find((c) => c.name === 'origin')).toMatchObject({
      kind: 'categorical',
      fill: 'USA',
    });
  });

  it('fills missing values from the training split instead, and counts them', async () => {
    const { built: r } = await setup('public/data/auto-mpg.csv', 'auto-mpg', { missing: 'fill' });
    const { dataset: ds, report } = built(r);
    expect(report).toMatchObject({ droppedMissing: 0, filledRows: 6, filledCells: 6, used: 398 });
    const hp = ds.columns?.find((c) => c.name === 'horsepower');
    expect(hp?.kind).toBe('numeric');
    expect(hp?.kind === 'numeric' && hp.fill).toBeGreaterThan(90);
    expect(ds.train.x.every(Number.isFinite)).toBe(true);
  });

  it('one-hot encodes categories without scaling them', async () => {
    const { built: r } = await setup('public/data/auto-mpg.csv', 'auto-mpg', {
      features: ['weight', 'origin'],
    });
    const ds = built(r).dataset;
    expect(ds.featureNames).toEqual(['weight', 'origin=USA', 'origin=Europe', 'origin=Japan']);
    expect(ds.scaling?.offset.slice(1)).toEqual([0, 0, 0]);
    expect(ds.scaling?.scale.slice(1)).toEqual([1, 1, 1]);
    for (let i = 0; i < ds.train.n; i++) {
      const hot = ds.train.x.subarray(i * 4 + 1, i * 4 + 4);
      expect(hot.reduce((a, b) => a + b, 0)).toBe(1);
    }
  });

  it('can classify a numeric label on request, classes in numeric order', async () => {
    const { built: r } = await setup('public/data/auto-mpg.csv', 'auto-mpg', {
      label: 'cylinders',
      features: ['weight', 'displacement'],
      task: 'classification',
    });
    expect(built(r).dataset.task).toEqual({
      kind: 'classification',
      classNames: ['3', '4', '5', '6', '8'],
    });
  });
});

describe('choices that cannot be built say why', () => {
  it('a label with one distinct value', async () => {
    const { built: r } = await setup('e2e/fixtures/data-bad-one-label.csv', 'csv');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(
      'The label “fruit” has only one value (“apple”): there is nothing to predict. Choose a label column with at least two different values.',
    );
  });

  it.each([
    [
      { task: 'regression' as const },
      'The label “species” holds text, so it can only be predicted as classes',
    ],
    [{ features: ['nope'] }, 'iris.csv has no column named “nope”.'],
  ])('%o', async (over, message) => {
    const { built: r } = await setup('public/data/iris.csv', 'iris', over);
    expect(!r.ok && r.error).toContain(message);
  });

  it('free text as a feature, and too many classes', async () => {
    const text = await setup('public/data/auto-mpg.csv', 'auto-mpg', { features: ['name'] });
    expect(!text.built.ok && text.built.error).toContain('The column “name” is free text');
    const classes = await setup('public/data/auto-mpg.csv', 'auto-mpg', { task: 'classification' });
    expect(!classes.built.ok && classes.built.error).toContain(
      'The label “mpg” has more than 50 different values, too many classes.',
    );
  });

  it('too few rows left after dropping', async () => {
    const t = await table('a,b,y\n1,,0\n2,,1\n3,4,0\n5,6,1\n');
    const spec = defaultTableSpec('csv', t.summary, base);
    const r = buildTableDataset(t, spec);
    expect(!r.ok && r.error).toContain('Only 2 usable rows left; at least 10 are needed.');
    expect(!r.ok && r.error).toContain('choose “Fill” instead');
  });
});

describe('column choices', () => {
  it('moving the label puts the old one back among the features, in file order', async () => {
    const t = await table(read('e2e/fixtures/data-fruit.csv'));
    const spec = defaultTableSpec('csv', t.summary, base);
    expect(spec.label).toBe('fruit');
    const next = withLabel(spec, t.summary, 'colour');
    expect(next.label).toBe('colour');
    expect(next.features).toEqual(['weight_g', 'width_cm', 'height_cm', 'sweetness', 'fruit']);
    expect(next.task).toBe('classification');
    expect(withLabel(spec, t.summary, 'sweetness').task).toBe('regression');
  });

  it('offers regression only for numeric labels, and hints at classes for small integers', async () => {
    const t = await table(
      'a,b,y\n' + Array.from({ length: 20 }, (_, i) => `${i},x${i % 2},${i % 2}`).join('\n'),
    );
    const [a, b, y] = t.summary.columns;
    expect(allowedTasks(a)).toEqual(['regression', 'classification']);
    expect(allowedTasks(b)).toEqual(['classification']);
    expect(taskHint(y, 'regression')).toBe(
      'y has only 2 different values: if they are categories, choose classification.',
    );
    expect(taskHint(y, 'classification')).toBeNull();
  });
});

describe('encoding new rows like the training data', () => {
  it('gives the same inputs as the built dataset for the same rows', async () => {
    const { t, built: r } = await setup('public/data/auto-mpg.csv', 'auto-mpg', {
      features: ['weight', 'horsepower', 'origin'],
      missing: 'fill',
    });
    const ds = built(r).dataset;
    const names = t.summary.columns.map((c) => c.name);
    // The file's first row, as text.
    const first = Object.fromEntries(t.summary.preview[0]!.map((v, i) => [names[i]!, v]));
    const enc = encodeRecords(ds, [first, { weight: '3000', horsepower: 'NA', origin: 'Mars' }]);
    if (!enc.ok) throw new Error(enc.error);
    const all = [ds.train, ds.validation, ds.test].flatMap((p) =>
      Array.from({ length: p.n }, (_, i) => Array.from(p.x.subarray(i * 5, i * 5 + 5))),
    );
    expect(all).toContainEqual(Array.from(enc.value.subarray(0, 5)));
    // Missing horsepower is the training mean (0 once standardized); an unseen origin is all zeros.
    expect(enc.value[6]).toBeCloseTo(0, 5);
    expect(Array.from(enc.value.subarray(7, 10))).toEqual([0, 0, 0]);
  });

  it('says which value is not a number', () => {
    const ds = {
      inputShape: [1],
      scaling: null,
      columns: [{ name: 'weight', kind: 'numeric' as const, fill: 0 }],
    };
    const r = encodeRecords(ds, [{ weight: 'heavy' }]);
    expect(!r.ok && r.error).toBe('Row 1: “weight” needs a number; got “heavy”.');
  });
});
