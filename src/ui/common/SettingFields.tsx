import type { ConceptId } from '../../core/learn';
import type { AnySetting } from '../../core/settings';
import { LabelRow } from '../learn/LabelRow';
import { ChoiceField } from './ChoiceField';
import { NumberInput } from './NumberInput';

interface Props {
  /** The descriptors to render, in order. */
  settings: readonly AnySetting[];
  /** The spec being edited, read by each descriptor's key. */
  values: Readonly<Record<string, unknown>>;
  /** Each control's id is `${idPrefix}-${key}`. */
  idPrefix: string;
  onChange: (key: string, value: number | boolean | string) => void;
  /** Marks a setting's control as invalid. */
  invalid?: (setting: AnySetting) => boolean;
  /** The concept a "?" beside a setting's label explains, if any. */
  explain?: (setting: AnySetting, value: unknown) => ConceptId | undefined;
}

/**
 * Any list of settings, each rendered from its descriptor: a number field,
 * a choice or a switch, with the descriptor's help as a tooltip. Layer,
 * optimizer and schedule settings all come through here.
 */
export function SettingFields({ settings, values, idPrefix, onChange, invalid, explain }: Props) {
  return settings.map((s) => {
    const id = `${idPrefix}-${s.key}`;
    const value = values[s.key];
    const concept = explain?.(s, value);
    switch (s.type) {
      case 'choice':
        return (
          <ChoiceField
            key={s.key}
            id={id}
            label={s.label}
            value={String(value)}
            options={s.options}
            help={s.options.find((o) => o.id === value)?.help ?? s.help}
            compact
            explain={concept}
            onChange={(v) => onChange(s.key, v)}
          />
        );
      case 'bool':
        return (
          <div key={s.key} className="param param-bool">
            <LabelRow explain={concept}>
              <label htmlFor={id} className="inline" title={s.help}>
                <input
                  id={id}
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => onChange(s.key, e.target.checked)}
                />{' '}
                {s.label}
              </label>
            </LabelRow>
          </div>
        );
      case 'int':
      case 'float':
        return (
          <div key={s.key} className={`param param-${s.type}`}>
            <LabelRow explain={concept}>
              <label htmlFor={id} title={s.help}>
                {s.label}
              </label>
            </LabelRow>
            <NumberInput
              id={id}
              title={s.help}
              min={s.min}
              max={Number.isFinite(s.max) ? s.max : undefined}
              step={s.step}
              value={typeof value === 'number' ? value : NaN}
              aria-invalid={invalid?.(s) || undefined}
              onValue={(v) => onChange(s.key, v)}
            />
          </div>
        );
    }
  });
}
