/**
 * `t` keeps the words it resolved: the same call gives the same words, a
 * language switch or a new resource gives the new ones, and calls whose
 * options are not plain values still resolve in full.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, switchLanguage, t } from './index';

afterEach(() => switchLanguage('en'));

describe('the translation cache', () => {
  it('gives the same words for the same key and options', () => {
    const first = t('evaluate:blocker.dataError', { error: 'bad row' });
    expect(first).toBe('Fix the data first: bad row');
    expect(t('evaluate:blocker.dataError', { error: 'bad row' })).toBe(first);
    expect(t('evaluate:blocker.dataError', { error: 'no file' })).toBe(
      'Fix the data first: no file',
    );
  });

  it('words a key again after a language switch', () => {
    expect(t('evaluate:blocker.noModel')).toBe('Train or load a model first.');
    switchLanguage('zh');
    expect(t('evaluate:blocker.noModel')).toBe('请先训练或加载一个模型。');
    switchLanguage('en');
    expect(t('evaluate:blocker.noModel')).toBe('Train or load a model first.');
  });

  it('picks the plural form by count', () => {
    expect(t('data:preview.categories', { count: 1 })).toBe('1 category');
    expect(t('data:preview.categories', { count: 3 })).toBe('3 categories');
  });

  it('sees a resource added after a key was first resolved', () => {
    expect(t('common:cacheProbe', { defaultValue: 'none' })).toBe('none');
    i18n.addResource('en', 'common', 'cacheProbe', 'added');
    expect(t('common:cacheProbe', { defaultValue: 'none' })).toBe('added');
  });

  it('resolves calls with a default value argument or object options in full', () => {
    expect(t('common:notAKey', 'Fallback words')).toBe('Fallback words');
    const loose = t as unknown as (key: string, options: object) => string;
    const value = { toString: () => 'an object' };
    expect(loose('evaluate:blocker.dataError', { error: value })).toBe(
      'Fix the data first: an object',
    );
    value.toString = () => 'changed';
    expect(loose('evaluate:blocker.dataError', { error: value })).toBe(
      'Fix the data first: changed',
    );
  });
});
