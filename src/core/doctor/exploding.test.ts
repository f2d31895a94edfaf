import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { exploding } from './exploding';
import { doctorInput, epochs, healthy } from './test-input';

describe('exploding', () => {
  it('explains a run that stopped on a NaN loss, suggesting a lower rate and clipping', () => {
    const d = exploding(doctorInput(epochs([0.7, 2.5]), { divergedAt: 3 }));
    expect(d?.title).toBe('The loss blew up');
    expect(d?.message).toContain('At epoch 3');
    expect(d?.fixes).toEqual(['lower-rate', 'clip-gradients']);
    expect(d?.evidence).toContainEqual({ label: 'Last finite loss', value: 2.5, format: 'number' });
  });

  it('catches a loss growing past where it started, and does not offer clipping twice', () => {
    const d = exploding(doctorInput(epochs([1, 0.6, 0.9, 2.1, 3.4]), { clipping: true }));
    expect(d?.title).toBe('The loss is growing');
    expect(d?.fixes).toEqual(['lower-rate']);
  });

  it('stays quiet for a healthy run and for a noisy one that stays below its start', () => {
    expect(exploding(doctorInput(epochs(healthy(40))))).toBeNull();
    expect(exploding(doctorInput(epochs([1, 0.3, 0.1, 0.25, 0.3, 0.22])))).toBeNull();
    expect(diagnose(doctorInput(epochs(healthy(40))))).toEqual([]);
  });
});
