import { describe, expect, it } from 'vitest';
import { flatLoss } from './flat-loss';
import { doctorInput, epochs, healthy } from './test-input';

const flat = [23.1, 23.0, 22.95, 23.02, 22.9, 22.85];

describe('flat-loss', () => {
  it('fires when the loss hardly moves, suggesting a higher rate and scaling unscaled inputs', () => {
    const d = flatLoss(
      doctorInput(epochs(flat), { classCounts: null, loss: 'mse', inputsScaled: false }),
    );
    expect(d?.id).toBe('flat-loss');
    expect(d?.fixes).toEqual(['raise-rate', 'scale-inputs']);
    expect(d?.message).toContain('unscaled');
  });

  it('suggests only a higher rate when the inputs are scaled or cannot be', () => {
    expect(flatLoss(doctorInput(epochs(flat), { inputsScaled: true }))?.fixes).toEqual([
      'raise-rate',
    ]);
  });

  it('stays quiet for a healthy run, too few epochs and a loss that fell and came back', () => {
    expect(flatLoss(doctorInput(epochs(healthy(20))))).toBeNull();
    expect(flatLoss(doctorInput(epochs(flat.slice(0, 4))))).toBeNull();
    expect(flatLoss(doctorInput(epochs([1, 0.6, 0.8, 0.95, 1, 0.99])))).toBeNull();
  });
});
