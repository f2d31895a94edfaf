import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset';
import { checkForm, fieldProblem, formFields, formatValue } from './predict-form';
import { encodeRecords } from './table-encode';

// Training rows in original units: size 4, 6, 8, 30 (median 7); colour one-hot.
const raw = [4, 1, 0, 6, 0, 1, 8, 0, 1, 30, 0, 1];
const scaling = { offset: [12, 0, 0], scale: [4, 1, 1] };
const x = Float32Array.from(raw, (v, k) => (k % 3 === 0 ? (v - 12) / 4 : v));
const empty = { x: new Float32Array(0), y: new Int32Array(0), n: 0 };

const ds: Dataset = {
  inputShape: [3],
  featureNames: ['size', 'colour=red', 'colour=blue'],
  task: { kind: 'regression', targetNames: ['price'] },
  train: { x, y: new Float32Array(4), n: 4 },
  validation: empty,
  test: empty,
  scaling,
  columns: [
    { name: 'size', kind: 'numeric', fill: 12 },
    { name: 'colour', kind: 'categorical', categories: ['red', 'blue'], fill: 'blue' },
  ],
};

describe('formFields', () => {
  it('takes a long table’s typical value from a sample, and its range from every row', () => {
    const n = 200_001;
    const long = Float32Array.from({ length: n }, (_, i) => i);
    long[77_777] = -5;
    const fields = formFields({
      inputShape: [1],
      train: { x: long, y: new Float32Array(n), n },
      scaling: { offset: [0], scale: [1] },
      columns: [{ name: 'v', kind: 'numeric', fill: 0 }],
    });
    const v = fields[0];
    if (v?.kind !== 'numeric') throw new Error('expected a numeric field');
    expect(v.min).toBe(-5);
    expect(v.max).toBe(200_000);
    expect(Math.abs(Number(v.initial) - 100_000)).toBeLessThan(100);
  });

  it('gives each column in original units: median and range, or the most common category', () => {
    expect(formFields(ds)).toEqual([
      { name: 'size', kind: 'numeric', initial: '7', min: 4, max: 30 },
      { name: 'colour', kind: 'categorical', initial: 'blue', categories: ['red', 'blue'] },
    ]);
  });

  it('has no fields for data that is not a table', () => {
    expect(formFields({ ...ds, columns: undefined })).toEqual([]);
  });

  it('formats numbers without float noise', () => {
    expect(formatValue(5.800000190734863)).toBe('5.8');
    expect(formatValue(1234567.891)).toBe('1234570');
  });
});

describe('checkForm', () => {
  const fields = formFields(ds);

  it('returns the row, which encodes to the scaled inputs', () => {
    const r = checkForm(fields, { size: ' 16 ', colour: 'red' });
    expect(r).toEqual({ ok: true, value: { size: '16', colour: 'red' } });
    if (!r.ok) return;
    const enc = encodeRecords(ds, [r.value]);
    expect(enc.ok && Array.from(enc.value)).toEqual([1, 1, 0]);
  });

  it('names each field that is empty, not a number or not a known category', () => {
    expect(checkForm(fields, { size: '', colour: 'red' })).toEqual({
      ok: false,
      error: 'Enter a number for “size”.',
    });
    expect(checkForm(fields, { size: 'ten', colour: 'green' })).toEqual({
      ok: false,
      error: '“size” needs a number like 5.1; got “ten”. Choose one of red, blue for “colour”.',
    });
    expect(fieldProblem(fields[0]!, '0x10')).toContain('“size” needs a number');
    expect(fieldProblem(fields[0]!, '-1.5e2')).toBeNull();
  });
});
