import { describe, expect, it } from 'vitest';
import {
  defaultOptimizerSettings,
  OPTIMIZER_IDS,
  optimizerParams,
  optimizerSettingList,
  optimizerSettingProblems,
} from './optimizers';
import { DEFAULT_TRAINING, trainingConfigSchema } from './training-config';

describe('optimizer table', () => {
  it.each(OPTIMIZER_IDS)('%s: its defaults are valid settings of a training config', (id) => {
    const settings = defaultOptimizerSettings(id);
    expect(Object.keys(settings)).toEqual(optimizerSettingList(id).map((s) => s.key));
    expect(optimizerSettingProblems(id, settings)).toEqual([]);
    const config = { ...DEFAULT_TRAINING, optimizer: id, optimizerSettings: settings };
    expect(trainingConfigSchema.safeParse(config).success).toBe(true);
  });

  it('types stored settings, falling back to the defaults for missing or mistyped ones', () => {
    expect(optimizerParams('rmsprop', { decay: 0.8, centered: 1, epsilon: true })).toEqual({
      decay: 0.8,
      momentum: 0,
      epsilon: 1e-7,
      centered: false,
    });
    expect(optimizerParams('sgd', { momentum: 0.9 })).toEqual({});
  });

  it('names settings that are out of range or missing', () => {
    expect(optimizerSettingProblems('momentum', { momentum: 1, nesterov: false })).toEqual([
      'Momentum must be a number from 0 to below 1.',
    ]);
    expect(optimizerSettingProblems('momentum', { momentum: 0.5 })).toEqual([
      'Nesterov must be on or off.',
    ]);
  });
});
