import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number;
  /** Called on every edit; an empty or unparsable field gives NaN, which validation reports. */
  onValue: (value: number) => void;
};

/**
 * A number field that lets the user type freely ("0.", "", "1e-3") and
 * reports each edit as a number; the store's validation says what is wrong.
 */
export function NumberInput({ value, onValue, ...rest }: Props) {
  const [text, setText] = useState(String(value));
  // Follow outside changes (a load, a reset) without fighting the user's typing.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    if (!Object.is(Number(text), value)) setText(Number.isNaN(value) ? text : String(value));
  }
  return (
    <input
      {...rest}
      type="number"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const v = e.target.value.trim() === '' ? NaN : Number(e.target.value);
        setShown(v);
        onValue(v);
      }}
    />
  );
}
