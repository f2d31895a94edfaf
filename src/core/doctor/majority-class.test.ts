import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { majorityClass } from './majority-class';
import { doctorInput, epochs, healthy } from './test-input';

const counts = [160, 30, 10];
const losses = [0.9, 0.7, 0.62, 0.61, 0.6, 0.6];

describe('majority-class', () => {
  it('fires when the accuracy is the largest class’s share', () => {
    const acc = [0.7, 0.79, 0.8, 0.8, 0.799, 0.801];
    const d = majorityClass(doctorInput(epochs(losses, { acc }), { classCounts: counts }));
    expect(d?.id).toBe('majority-class');
    expect(d?.evidence).toContainEqual({
      label: 'Share of the largest class',
      value: 0.8,
      format: 'percent',
    });
    expect(d?.message).toContain('160 of 200 samples');
  });

  it('stays quiet on balanced data, on an accuracy past the share, and on a learning run', () => {
    const atHalf = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    expect(majorityClass(doctorInput(epochs(losses, { acc: atHalf })))).toBeNull();
    const past = [0.7, 0.8, 0.85, 0.9, 0.93, 0.95];
    expect(
      majorityClass(doctorInput(epochs(losses, { acc: past }), { classCounts: counts })),
    ).toBeNull();
    const h = healthy(20);
    const acc = h.map((l) => 1 - l / 2);
    expect(diagnose(doctorInput(epochs(h, { acc }), { classCounts: counts }))).toEqual([]);
  });
});
