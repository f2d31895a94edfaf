import { describe, expect, it } from 'vitest';
import {
  MAX_REFRESH_MS,
  MIN_REFRESH_MS,
  PAGE_ENGINE_MAX_REFRESH_MS,
  refreshInterval,
} from './refresh';

describe('refreshInterval', () => {
  it('redraws four times a second when drawing is cheap', () => {
    expect(refreshInterval(0)).toBe(MIN_REFRESH_MS);
    expect(refreshInterval(20)).toBe(MIN_REFRESH_MS);
  });

  it('keeps drawing to a tenth of the time when it is slow', () => {
    expect(refreshInterval(50)).toBe(500);
    expect(refreshInterval(150)).toBe(1500);
  });

  it('never waits more than two seconds', () => {
    expect(refreshInterval(5000)).toBe(MAX_REFRESH_MS);
    expect(refreshInterval(NaN)).toBe(MAX_REFRESH_MS);
  });
});

describe('refreshInterval with the engine on the page', () => {
  it('leaves the thread to training: drawing takes a twenty-fifth of the time', () => {
    expect(refreshInterval(10, true)).toBe(MIN_REFRESH_MS);
    expect(refreshInterval(40, true)).toBe(1000);
    expect(refreshInterval(100, true)).toBe(2500);
  });

  it('still redraws at least every four seconds', () => {
    expect(refreshInterval(1000, true)).toBe(PAGE_ENGINE_MAX_REFRESH_MS);
    expect(refreshInterval(NaN, true)).toBe(PAGE_ENGINE_MAX_REFRESH_MS);
  });
});
