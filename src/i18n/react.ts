/**
 * The React side of the translations: components take `useTranslation`
 * from here, which is bound to the app's one instance and re-renders them
 * when the language changes, and `Trans`, which renders again only when
 * what it shows may have changed.
 */
import { isValidElement, memo } from 'react';
import { setI18n, Trans as TransAlways } from 'react-i18next';
import { i18n } from './index';

setI18n(i18n);

export { useTranslation } from 'react-i18next';

type Props = Record<string, unknown>;

/** Same own keys, each the same value (Object.is). */
function shallow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is((a as Props)[k], (b as Props)[k]));
}

/** The same element, by type, key and props one level deep (a fresh `<strong />` each render is the same). */
function sameElement(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return (
    isValidElement(a) &&
    isValidElement(b) &&
    a.type === b.type &&
    a.key === b.key &&
    shallow(a.props, b.props)
  );
}

/** `components` of a Trans: an array or an object of elements. */
function sameComponents(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameElement((a as Props)[k], (b as Props)[k]));
}

/**
 * Whether a Trans would render the same: its props are made afresh by its
 * parent's every render (a `values` object, a `components` list), so they
 * are compared by what they hold. Children and other props by identity.
 */
export function sameTransProps(a: Props, b: Props): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    const same =
      k === 'components'
        ? sameComponents(x, y)
        : k === 'values' || k === 'tOptions'
          ? shallow(x, y)
          : Object.is(x, y);
    if (!same) return false;
  }
  return true;
}

/**
 * react-i18next's Trans, skipped when its parent re-renders with the same
 * words: parsing its text into elements costs far more than `t`, and the
 * settings panels re-render whenever a run starts or ends. A language
 * switch still re-renders it (a new `t`, and its own subscription).
 */
export const Trans = memo(TransAlways, sameTransProps) as unknown as typeof TransAlways;
