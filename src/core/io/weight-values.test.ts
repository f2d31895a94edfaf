import { describe, expect, it } from 'vitest';
import type { WeightSpec } from './model-files';
import { describeNonFinite, nonFiniteWeights } from './weight-values';

const specs: WeightSpec[] = [
  { name: 'dense_1/kernel', shape: [2, 2], dtype: 'float32' },
  { name: 'step', shape: [], dtype: 'int32' },
  { name: 'dense_1/bias', shape: [2], dtype: 'float32' },
];

const data = (kernel: number[], bias: number[]) => {
  const buf = new ArrayBuffer(4 * 7);
  new Float32Array(buf, 0, 4).set(kernel);
  new Int32Array(buf, 16, 1).set([-1]);
  new Float32Array(buf, 20, 2).set(bias);
  return buf;
};

describe('nonFiniteWeights', () => {
  it('finds nothing in finite weights', () => {
    expect(nonFiniteWeights(specs, data([1, 2, 3, 4], [0, -1e30]))).toEqual([]);
  });

  it('names each tensor holding NaN or infinities, with counts', () => {
    const found = nonFiniteWeights(specs, data([NaN, 1, Infinity, 2], [0, -Infinity]));
    expect(found).toEqual([
      { name: 'dense_1/kernel', count: 2, of: 4 },
      { name: 'dense_1/bias', count: 1, of: 2 },
    ]);
    expect(describeNonFinite(found)).toBe(
      'dense_1/kernel (2 of 4 values), dense_1/bias (1 of 2 values)',
    );
    expect(describeNonFinite(found, 1)).toBe('dense_1/kernel (2 of 4 values) and 1 more');
  });
});
