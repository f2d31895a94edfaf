import type { ReactNode, SelectHTMLAttributes } from 'react';
import type { Choice } from '../../core/choices';
import type { ConceptId } from '../../core/learn';
import { LabelRow } from '../learn/LabelRow';

/** One option of a ChoiceField: an entry of a table, optionally disabled or grouped. */
interface ChoiceOption<V extends string = string> extends Choice<V> {
  disabled?: boolean;
  /** Shown on hover over the option; the option's help when absent. */
  title?: string;
  /** Consecutive options with the same group share an <optgroup> of that label. */
  group?: string;
}

type SelectAttributes = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'value' | 'onChange' | 'children' | 'disabled'
>;

interface Props<V extends string> extends SelectAttributes {
  id: string;
  /** The accessible name of the select. */
  label: string;
  value: V;
  options: readonly ChoiceOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  /** Help under the field; the chosen option's help when absent, none when null. */
  help?: ReactNode;
  /** Compact (inside a layer card): help as a tooltip instead of a line of text. */
  compact?: boolean;
  /** The wrapper's class; "field" (or "param" when compact) when absent. */
  className?: string;
  /** The concept a "?" beside the label explains. */
  explain?: ConceptId;
}

/** Consecutive runs of options that share a group. */
function runs<V extends string>(options: readonly ChoiceOption<V>[]) {
  const out: { group: string | undefined; options: ChoiceOption<V>[] }[] = [];
  for (const o of options) {
    const last = out.at(-1);
    if (last && last.group === o.group) last.options.push(o);
    else out.push({ group: o.group, options: [o] });
  }
  return out;
}

/** A labelled select over the entries of a table, with the chosen entry's help. */
export function ChoiceField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  disabled,
  help,
  compact = false,
  className,
  explain,
  ...rest
}: Props<V>) {
  const shownHelp = help === undefined ? options.find((o) => o.id === value)?.help : help;
  const title = compact && typeof shownHelp === 'string' ? shownHelp : undefined;
  const helpLine = !compact && shownHelp ? `${id}-help` : undefined;
  const option = (o: ChoiceOption<V>) => (
    <option key={o.id} value={o.id} disabled={o.disabled} title={o.title ?? o.help}>
      {o.label}
    </option>
  );
  return (
    <div className={className ?? (compact ? 'param param-choice' : 'field')}>
      <LabelRow explain={explain}>
        <label htmlFor={id} title={title}>
          {label}
        </label>
      </LabelRow>
      <select
        aria-describedby={helpLine}
        {...rest}
        id={id}
        value={value}
        title={title}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {runs(options).map((r, i) =>
          r.group === undefined ? (
            r.options.map(option)
          ) : (
            <optgroup key={`${r.group}-${i}`} label={r.group}>
              {r.options.map(option)}
            </optgroup>
          ),
        )}
      </select>
      {helpLine && (
        <p className="help" id={helpLine}>
          {shownHelp}
        </p>
      )}
    </div>
  );
}
