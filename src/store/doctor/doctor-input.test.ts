import { afterEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../store';
import { doctorInput } from './doctor-input';

afterEach(() => resetStore());

describe('what the doctor reads', () => {
  it("counts the current data's classes for a model trained on it", () => {
    const s = useStore.getState();
    const model = { dataset: s.datasetSpec, training: s.training, network: s.network };
    const counts = doctorInput({ ...s, model: model as never }).classCounts;
    expect(counts?.reduce((a, b) => a + b, 0)).toBe(s.dataset.train.n);
  });

  it('has no class counts once the data changed since the model was trained', () => {
    const s = useStore.getState();
    const other = { ...s.datasetSpec, seed: s.datasetSpec.seed + 1 };
    const model = { dataset: other, training: s.training, network: s.network };
    expect(doctorInput({ ...s, model: model as never }).classCounts).toBeNull();
  });
});
