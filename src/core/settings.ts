/**
 * One way to describe a setting the user edits: its key in the spec it
 * belongs to, label, range or choices, default and help. Layer settings,
 * optimizer settings and schedule settings are all written in this shape,
 * so one component renders any list of them and one function checks a
 * value against one. Pure: no zod schema of a spec lives here, only the
 * schema a single descriptor implies.
 */
import { z } from 'zod';
import { t } from '../i18n';
import type { Choice } from './choices';

interface Common<K> {
  key: K;
  label: string;
  help: string;
}

export interface NumberSetting<K = string> extends Common<K> {
  type: 'int' | 'float';
  min: number;
  max: number;
  /** The input's step: what one arrow press adds. */
  step: number;
  /** The value must stay above `min` (not equal to it). */
  minExclusive?: boolean;
  /** The value must stay below `max` (not equal to it). */
  maxExclusive?: boolean;
  default: number;
}

interface ChoiceSetting<K = string, V extends string = string> extends Common<K> {
  type: 'choice';
  options: readonly Choice<V>[];
  default: V;
}

interface BoolSetting<K = string> extends Common<K> {
  type: 'bool';
  default: boolean;
}

/** The descriptor that fits a value of type V under key K. */
type SettingFor<K, V> = [V] extends [boolean]
  ? BoolSetting<K>
  : [V] extends [number]
    ? NumberSetting<K>
    : [V] extends [string]
      ? ChoiceSetting<K, V>
      : never;

/** Any one setting of a spec of type T, its key typed against T. */
export type Setting<T> = { [K in keyof T & string]-?: SettingFor<K, T[K]> }[keyof T & string];

/** A descriptor without its key: what a table keyed by the setting's name holds. */
type Body<S> = S extends unknown ? Omit<S, 'key'> : never;

/**
 * The settings of a spec of type T, keyed by name: the compiler checks that
 * every field of T has exactly one descriptor and that each fits its type.
 * Key order is the order the settings are shown in.
 */
export type SettingTable<T> = { readonly [K in keyof T & string]-?: Body<SettingFor<K, T[K]>> };

/** A setting table as a list of descriptors, in declaration order. */
export function settingList<T>(table: SettingTable<T>): Setting<T>[] {
  return Object.entries(table).map(([key, body]) => ({ ...(body as object), key })) as Setting<T>[];
}

/** The default value of every setting in a table. */
export function settingDefaults<T>(table: SettingTable<T>): T {
  return Object.fromEntries(
    Object.entries(table).map(([key, body]) => [key, (body as { default: unknown }).default]),
  ) as T;
}

/** Any descriptor, for code that handles every kind of setting alike. */
export type AnySetting = NumberSetting | ChoiceSetting | BoolSetting;

/** The zod schema of one setting's value. */
export function settingSchema(s: AnySetting): z.ZodType {
  switch (s.type) {
    case 'int':
    case 'float': {
      let n = s.type === 'int' ? z.number().int() : z.number();
      n = s.minExclusive ? n.gt(s.min) : n.min(s.min);
      return s.maxExclusive ? n.lt(s.max) : n.max(s.max);
    }
    case 'choice':
      return z.enum(s.options.map((o) => o.id) as [string, ...string[]]);
    case 'bool':
      return z.boolean();
  }
}

/** What a valid value of `s` is, as a sentence in the current language, naming it by its `label`. */
function settingRangeText(s: AnySetting): string {
  const label = s.label;
  switch (s.type) {
    case 'int':
      return t('training:setting.int', { label, min: s.min, max: s.max });
    case 'float': {
      const values = { label, min: s.min, max: s.max };
      if (s.minExclusive && s.maxExclusive) return t('training:setting.floatOpen', values);
      if (s.minExclusive) return t('training:setting.floatAboveMin', values);
      if (s.maxExclusive) return t('training:setting.floatBelowMax', values);
      return t('training:setting.float', values);
    }
    case 'choice':
      return t('training:setting.choice', {
        label,
        options: s.options.map((o) => o.label).join(t('training:setting.separator')),
      });
    case 'bool':
      return t('training:setting.bool', { label });
  }
}

/** Why `value` is not a valid value of `s`, or null when it is. */
export function settingProblem(s: AnySetting, value: unknown): string | null {
  return settingSchema(s).safeParse(value).success ? null : settingRangeText(s);
}
