import { describe, expect, it } from 'vitest';
import { chanceLoss } from './chance-loss';
import { diagnose } from './diagnose';
import { doctorInput, epochs, healthy } from './test-input';

const LN2 = Math.log(2);
const LN3 = Math.log(3);

describe('chance-loss', () => {
  it('fires when the loss jumped and settled at ln K (three classes)', () => {
    const losses = [4.2, 1.3, 1.12, 1.1, 1.098, 1.1, 1.097, 1.099];
    const d = chanceLoss(doctorInput(epochs(losses), { classCounts: [50, 50, 50] }));
    expect(d?.id).toBe('chance-loss');
    expect(d?.fixes).toEqual(['lower-rate', 'leaky-relu']);
    expect(d?.evidence.find((e) => e.label === 'Chance level (ln K)')?.value).toBeCloseTo(LN3);
    expect(d?.message).toContain('ln 3');
  });

  it('fires when the loss sits at chance behind dead units, and covers the flat-loss rule', () => {
    const losses = Array.from({ length: 6 }, () => LN2);
    const deadUnits = { epoch: 6, samples: 256, layers: [{ name: 'dense_1', units: 8, dead: 8 }] };
    const ids = diagnose(doctorInput(epochs(losses), { deadUnits })).map((d) => d.id);
    expect(ids).toContain('chance-loss');
    expect(ids).not.toContain('flat-loss');
  });

  it('stays quiet for a healthy run, early epochs near chance, and regression', () => {
    expect(chanceLoss(doctorInput(epochs(healthy(30))))).toBeNull();
    // A slow start: at ln 2 for four epochs, then learning.
    expect(chanceLoss(doctorInput(epochs([0.9, 0.7, 0.69, 0.69])))).toBeNull();
    const stuck = epochs([3, 0.7, 0.69, 0.69, 0.693, 0.692]);
    expect(chanceLoss(doctorInput(stuck, { classCounts: null, loss: 'mse' }))).toBeNull();
  });
});
