import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedText } from './stored-text';

afterEach(() => vi.unstubAllGlobals());

describe('a text kept in localStorage', () => {
  it('is written, read back and forgotten', () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    });
    const text = storedText('k');
    expect(text.read()).toBeNull();
    text.write('hello');
    expect(items.get('k')).toBe('hello');
    expect(text.read()).toBe('hello');
    text.forget();
    expect(text.read()).toBeNull();
  });

  it('reads as absent and never throws when storage refuses', () => {
    const refuse = () => {
      throw new Error('SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    const text = storedText('k');
    expect(() => text.write('x')).not.toThrow();
    expect(text.read()).toBeNull();
    expect(() => text.forget()).not.toThrow();
  });

  it('reads as absent outside a browser', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(storedText('k').read()).toBeNull();
  });
});
