import { describe, expect, it } from 'vitest';
import { updateStep } from './update-gate';

describe('updateStep', () => {
  it('shows nothing while no new version waits, asked or not', () => {
    expect(updateStep(false, false, false)).toBe('hidden');
    expect(updateStep(false, true, true)).toBe('hidden');
  });

  it('offers a reload at once when nothing runs', () => {
    expect(updateStep(true, false, false)).toBe('offer');
    expect(updateStep(true, false, true)).toBe('reload');
  });

  it('never reloads during a run: the request waits and goes ahead when the run stops', () => {
    expect(updateStep(true, true, false)).toBe('offer-after-run');
    expect(updateStep(true, true, true)).toBe('deferred');
    expect(updateStep(true, false, true)).toBe('reload');
  });
});
