import { describe, expect, it } from 'vitest';
import {
  settingDefaults,
  settingList,
  settingProblem,
  settingSchema,
  type AnySetting,
  type SettingTable,
} from './settings';

const rate: AnySetting = {
  key: 'rate',
  label: 'Rate',
  type: 'float',
  min: 0,
  max: 1,
  maxExclusive: true,
  step: 0.05,
  default: 0.25,
  help: '',
};

describe('setting descriptors', () => {
  it('check numbers against their range, with exclusive ends where declared', () => {
    expect(settingProblem(rate, 0)).toBeNull();
    expect(settingProblem(rate, 0.99)).toBeNull();
    expect(settingProblem(rate, 1)).toBe('Rate must be a number from 0 to below 1.');
    expect(settingProblem({ ...rate, minExclusive: true }, 0)).toBe(
      'Rate must be a number from above 0 to below 1.',
    );
    expect(settingProblem(rate, NaN)).not.toBeNull();
    expect(settingProblem(rate, '0.5')).not.toBeNull();
  });

  it('ask whole numbers of int settings, one of the options of a choice, on or off of a switch', () => {
    const units: AnySetting = { ...rate, key: 'units', label: 'Units', type: 'int', max: 8 };
    expect(settingSchema(units).safeParse(2.5).success).toBe(false);
    expect(settingProblem(units, 9)).toBe('Units must be a whole number from 0 to 8.');
    const pad: AnySetting = {
      key: 'padding',
      label: 'Padding',
      type: 'choice',
      options: [
        { id: 'valid', label: 'valid' },
        { id: 'same', label: 'same' },
      ],
      default: 'same',
      help: '',
    };
    expect(settingProblem(pad, 'same')).toBeNull();
    expect(settingProblem(pad, 'full')).toBe('Padding must be one of valid, same.');
    const bias: AnySetting = { key: 'bias', label: 'Bias', type: 'bool', default: true, help: '' };
    expect(settingProblem(bias, 1)).toBe('Bias must be on or off.');
  });

  it('list a table in declaration order with its keys, and give its defaults', () => {
    const table: SettingTable<{ b: number; a: boolean }> = {
      b: { label: 'B', type: 'int', min: 0, max: 9, step: 1, default: 3, help: '' },
      a: { label: 'A', type: 'bool', default: false, help: '' },
    };
    expect(settingList(table).map((s) => s.key)).toEqual(['b', 'a']);
    expect(settingDefaults(table)).toEqual({ b: 3, a: false });
  });
});
