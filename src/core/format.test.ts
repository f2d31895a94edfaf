/** Number formatting keeps one formatter per locale and options: each call still formats by its own. */
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { formatBytes, formatInt, formatNumber } from './format';

afterEach(() => switchLanguage('en'));

describe('number formatting', () => {
  it('rounds and groups integers', () => {
    expect(formatInt(12345.6)).toBe('12,346');
    expect(formatInt(-0.4)).toBe('-0');
  });

  it('formats by the options of each call', () => {
    expect(formatNumber(1.23456, { maximumFractionDigits: 1 })).toBe('1.2');
    expect(formatNumber(1.23456, { maximumFractionDigits: 3 })).toBe('1.235');
    expect(formatNumber(1.23456)).toBe('1.235');
    expect(formatNumber(0.5, { style: 'percent' })).toBe('50%');
  });

  it('writes numbers as the language shown does', () => {
    expect(formatNumber(1234.5)).toBe((1234.5).toLocaleString('en-US'));
    switchLanguage('zh');
    expect(formatNumber(1234.5, { style: 'percent' })).toBe(
      (1234.5).toLocaleString('zh-CN', { style: 'percent' }),
    );
  });

  it('writes sizes in the largest unit under which they stay above one', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(18_700)).toBe('18.3 KB');
    expect(formatBytes(5 * 1024 ** 2)).toBe('5.0 MB');
    expect(formatBytes(10 * 1024 ** 3)).toBe('10.0 GB');
  });
});
