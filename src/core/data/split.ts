/**
 * Seeded, stratified train / validation / test splits. Each class is split
 * in the same proportions, so class ratios in every split stay within one
 * sample of the whole; each split is then shuffled so batches mix classes.
 */
import { createRng, permutation } from '../rng';
import type { SplitSpec } from './dataset-spec';

export interface SplitIndices {
  train: Int32Array;
  validation: Int32Array;
  test: Int32Array;
}

/**
 * Split row indices 0..labels.length-1 by class.
 * @param labels [n] class index per row
 * @param split percentages for train and validation; test gets the rest
 */
export function stratifiedSplit(
  labels: Int32Array,
  numClasses: number,
  split: SplitSpec,
  seed: number,
): SplitIndices {
  const rng = createRng(seed ^ 0x5eed5eed);
  const byClass: number[][] = Array.from({ length: numClasses }, () => []);
  labels.forEach((c, i) => byClass[c]?.push(i));
  const train: number[] = [];
  const validation: number[] = [];
  const test: number[] = [];
  for (const rows of byClass) {
    const order = permutation(rows.length, rng);
    const nTrain = Math.round((rows.length * split.train) / 100);
    const nVal = Math.min(rows.length - nTrain, Math.round((rows.length * split.validation) / 100));
    order.forEach((o, k) => {
      const row = rows[o] as number;
      (k < nTrain ? train : k < nTrain + nVal ? validation : test).push(row);
    });
  }
  const shuffled = (rows: number[]): Int32Array => {
    const order = permutation(rows.length, rng);
    return Int32Array.from(order, (o) => rows[o] as number);
  };
  return { train: shuffled(train), validation: shuffled(validation), test: shuffled(test) };
}
