/**
 * Which settings tell a set of runs apart, and a short label for a run made
 * of just those ("Adam lr=0.01"). Pure.
 */
import type { RunConfig } from './run-config';
import { RUN_SETTINGS, settingShort, type RunSetting } from './run-settings';

/**
 * The settings whose shown value is not the same for every config, in
 * column order. One config (or none) differs in nothing.
 */
export function differingSettings(configs: readonly RunConfig[]): RunSetting[] {
  if (configs.length < 2) return [];
  return RUN_SETTINGS.filter((s) => {
    const first = s.value(configs[0] as RunConfig);
    return configs.some((c) => s.value(c) !== first);
  });
}

/**
 * A run's label from the settings that differ: "Adam lr=0.01". Empty when
 * nothing differs (the caller falls back to the run's name).
 */
export function runLabel(config: RunConfig, differing: readonly RunSetting[]): string {
  return differing.map((s) => settingShort(s, config)).join(' ');
}
