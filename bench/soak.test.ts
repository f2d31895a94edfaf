import { describe, expect, it } from 'vitest';
import { parseSoak, SOAK_DEFAULT_MINUTES } from './soak';

describe('parseSoak', () => {
  it('takes --soak for the default time and leaves the other words', () => {
    expect(parseSoak(['--soak', '--out', 'x.json'])).toEqual({
      minutes: SOAK_DEFAULT_MINUTES,
      rest: ['--out', 'x.json'],
    });
  });
  it('takes --soak-minutes N alone as a soak of N minutes', () => {
    expect(parseSoak(['--soak-minutes', '2'])).toEqual({ minutes: 2, rest: [] });
  });
  it('asks for no soak without either flag', () => {
    expect(parseSoak(['journeys'])).toEqual({ minutes: null, rest: ['journeys'] });
  });
  it('refuses minutes that are not a positive number', () => {
    expect(() => parseSoak(['--soak-minutes', 'ten'])).toThrow(/above 0/);
    expect(() => parseSoak(['--soak-minutes'])).toThrow(/above 0/);
  });
});
