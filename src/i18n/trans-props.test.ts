/** A Trans renders again only when what it shows may have changed: its props compared by what they hold. */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { sameTransProps } from './react';

const t = (key: string) => key;
const strong = () => createElement('strong');

describe('sameTransProps', () => {
  it('takes fresh objects holding the same values, and fresh elements alike, as the same', () => {
    const a = { t, i18nKey: 'k', values: { n: 3, name: 'x' }, components: { strong: strong() } };
    const b = { t, i18nKey: 'k', values: { n: 3, name: 'x' }, components: { strong: strong() } };
    expect(sameTransProps(a, b)).toBe(true);
    expect(
      sameTransProps(
        { t, i18nKey: 'k', components: [strong()] },
        { t, i18nKey: 'k', components: [strong()] },
      ),
    ).toBe(true);
  });

  it('sees a changed value, key, count, translator or element', () => {
    const base = { t, i18nKey: 'k', values: { n: 3 }, components: { strong: strong() } };
    expect(sameTransProps(base, { ...base, values: { n: 4 } })).toBe(false);
    expect(sameTransProps(base, { ...base, values: { n: 3, m: 1 } })).toBe(false);
    expect(sameTransProps(base, { ...base, i18nKey: 'other' })).toBe(false);
    expect(sameTransProps(base, { ...base, count: 2 })).toBe(false);
    expect(sameTransProps(base, { ...base, t: (key: string) => `${key}!` })).toBe(false);
    expect(sameTransProps(base, { ...base, components: { strong: createElement('em') } })).toBe(
      false,
    );
    expect(
      sameTransProps(base, {
        ...base,
        components: { strong: createElement('strong', { title: 'x' }) },
      }),
    ).toBe(false);
    expect(sameTransProps(base, { ...base, components: [strong()] })).toBe(false);
  });

  it('compares children by identity', () => {
    expect(sameTransProps({ children: [strong()] }, { children: [strong()] })).toBe(false);
    const children = [strong()];
    expect(sameTransProps({ children }, { children })).toBe(true);
  });
});
