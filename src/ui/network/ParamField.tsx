import type { ParamDef } from '../../core/model/layer-kinds';
import { NumberInput } from '../common/NumberInput';

interface Props {
  def: ParamDef;
  id: string;
  value: unknown;
  invalid: boolean;
  onChange: (value: unknown) => void;
}

/** One layer setting, rendered from its descriptor (number, choice or switch). */
export function ParamField({ def, id, value, invalid, onChange }: Props) {
  const help =
    def.type === 'enum' ? (def.options.find((o) => o.id === value)?.help ?? def.help) : def.help;
  return (
    <div className={`param param-${def.type}`}>
      {def.type === 'bool' ? (
        <label htmlFor={id} className="inline" title={help}>
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />{' '}
          {def.label}
        </label>
      ) : (
        <>
          <label htmlFor={id} title={help}>
            {def.label}
          </label>
          {def.type === 'enum' ? (
            <select
              id={id}
              value={String(value)}
              title={help}
              onChange={(e) => onChange(e.target.value)}
            >
              {def.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <NumberInput
              id={id}
              title={help}
              min={def.min}
              max={def.max}
              step={def.step}
              value={typeof value === 'number' ? value : NaN}
              aria-invalid={invalid || undefined}
              onValue={onChange}
            />
          )}
        </>
      )}
    </div>
  );
}
