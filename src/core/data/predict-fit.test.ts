import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_SPEC, MNIST_INFO, type MnistSpec, type TableSpec } from './dataset-spec';
import { predictFitProblem } from './predict-fit';

const circle = DEFAULT_DATASET_SPEC;
const digits: MnistSpec = { kind: 'mnist', samples: 500, seed: 1, split: circle.split };
const iris: TableSpec = {
  kind: 'iris',
  file: { name: 'iris.csv', hash: '0123456789abcdef', rows: 150 },
  label: 'species',
  features: ['a', 'b'],
  task: 'classification',
  missing: 'drop',
  scaling: 'standardize',
  seed: 1,
  split: circle.split,
};
const trained = (dataset: typeof circle | MnistSpec | TableSpec) => ({
  dataset,
  inputDims: null,
  hasSettings: true,
});

describe('predictFitProblem', () => {
  it('accepts the data the model was trained on, even with another seed or split', () => {
    expect(
      predictFitProblem(trained(circle), { ...circle, seed: 9 }, { inputShape: [2] }),
    ).toBeNull();
    expect(predictFitProblem(trained(iris), { ...iris, seed: 4 }, { inputShape: [2] })).toBeNull();
  });

  it('names the data the model was trained on when another is picked', () => {
    expect(predictFitProblem(trained(digits), circle, { inputShape: [2] })).toBe(
      `This model was trained on ${MNIST_INFO.label}, but the data now is Circle. Pick ${MNIST_INFO.label} again, or train a model on this data.`,
    );
  });

  it('says which table settings changed', () => {
    expect(
      predictFitProblem(
        trained(iris),
        { ...iris, features: ['a'], scaling: 'none' },
        { inputShape: [1] },
      ),
    ).toBe(
      'The feature columns, scaling changed since this model was trained. Change them back, or train again.',
    );
    expect(
      predictFitProblem(
        trained(iris),
        { ...iris, file: { ...iris.file, hash: 'fedcba9876543210' } },
        { inputShape: [2] },
      ),
    ).toContain('another file (iris.csv)');
  });

  it('checks the class count of synthetic sets', () => {
    const blobs = { ...circle, kind: 'blobs' as const, classes: 4 };
    expect(
      predictFitProblem(trained(blobs), { ...blobs, classes: 5 }, { inputShape: [2] }),
    ).toContain('trained on 4 classes, but the data now has 5');
  });

  it('checks only the input shape of a model without settings', () => {
    const loaded = { dataset: digits, inputDims: [null, 2], hasSettings: false };
    expect(
      predictFitProblem({ ...loaded, inputDims: [2] }, circle, { inputShape: [2] }),
    ).toBeNull();
    expect(predictFitProblem({ ...loaded, inputDims: [784] }, circle, { inputShape: [2] })).toBe(
      'This model takes inputs of shape [784], but the current data gives [2]. Pick data of that shape, or train a model on this data.',
    );
  });
});
