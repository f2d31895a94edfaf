import { describe, expect, it } from 'vitest';
import { deadShare, deadUnits } from './dead-units';
import { doctorInput, epochs, healthy } from './test-input';

const report = (layers: { name: string; units: number; dead: number }[]) => ({
  epoch: 4,
  samples: 256,
  layers,
});

describe('dead-units', () => {
  it('fires when half a layer’s units are dead, with the layer and the share', () => {
    const r = report([
      { name: 'dense_1', units: 8, dead: 5 },
      { name: 'dense_2', units: 8, dead: 0 },
    ]);
    const d = deadUnits(doctorInput(epochs(healthy(4)), { deadUnits: r }));
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('5 of the 8 units of dense_1');
    expect(d?.fixes).toEqual(['lower-rate', 'leaky-relu', 'he-init']);
    expect(deadShare(r)).toBeCloseTo(5 / 16);
  });

  it('is a problem when nearly every unit is dead', () => {
    const r = report([{ name: 'dense_1', units: 8, dead: 8 }]);
    expect(deadUnits(doctorInput(epochs([0.7]), { deadUnits: r }))?.severity).toBe('problem');
  });

  it('stays quiet for a few dead units, a single one, or no measurement', () => {
    const few = report([{ name: 'dense_1', units: 8, dead: 2 }]);
    expect(deadUnits(doctorInput(epochs(healthy(9)), { deadUnits: few }))).toBeNull();
    const one = report([{ name: 'dense_1', units: 2, dead: 1 }]);
    expect(deadUnits(doctorInput(epochs(healthy(9)), { deadUnits: one }))).toBeNull();
    expect(deadUnits(doctorInput(epochs(healthy(9))))).toBeNull();
  });
});
