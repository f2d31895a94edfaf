/**
 * The translations are whole: every namespace has the same keys in English
 * and Chinese, with the same placeholders; every key is used somewhere in
 * the code, and every key the code names in a `t('…')` call exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, en, zh } from './resources';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const SRC = join(__dirname, '..');

/** Every leaf of a nested object as `a.b.c` → text. */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The keys a language must have: an English plural family needs only its `_other` form in Chinese. */
const requiredInChinese = (keys: Iterable<string>): Set<string> =>
  new Set([...keys].map((k) => (PLURAL.test(k) ? k.replace(PLURAL, '_other') : k)));

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return path.includes(join('i18n', 'locales')) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const allSource = sources.map((s) => s.text).join('\n');
/** The fixed starts of template-literal keys (`optimizer.${id}` → "optimizer."). */
const templateStarts = [...allSource.matchAll(/`([\w.:-]+[.:_])\$\{/g)].map((m) => m[1] ?? '');

function isUsed(ns: string, key: string): boolean {
  const base = key.replace(PLURAL, '');
  const names = [base, `${ns}:${base}`];
  if (names.some((n) => [`'${n}'`, `"${n}"`, `\`${n}\``].some((q) => allSource.includes(q))))
    return true;
  return templateStarts.some((start) => names.some((n) => n.startsWith(start)));
}

describe.each(NAMESPACES)('the "%s" namespace', (ns) => {
  const english = leaves(en[ns]);
  const chinese = leaves(zh[ns]);

  it('has every key in Chinese, and no key English lacks', () => {
    const required = requiredInChinese(english.keys());
    const missing = [...required].filter((k) => !chinese.has(k));
    const extra = [...chinese.keys()].filter((k) => !required.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has no empty text, and the same placeholders in both languages', () => {
    const mismatched: string[] = [];
    for (const [key, text] of english) {
      const other = chinese.get(key.replace(PLURAL, '_other'));
      if (!text.trim() || (other !== undefined && !other.trim())) mismatched.push(`${key}: empty`);
      else if (other !== undefined && placeholders(text).join() !== placeholders(other).join())
        mismatched.push(
          `${key}: {{${placeholders(text).join()}}} vs {{${placeholders(other).join()}}}`,
        );
    }
    expect(mismatched).toEqual([]);
  });

  it('has no key that the code never uses', () => {
    expect([...english.keys()].filter((k) => !isUsed(ns, k))).toEqual([]);
  });
});

describe('the keys the code names', () => {
  const known = new Set(
    NAMESPACES.flatMap((ns) =>
      [...leaves(en[ns]).keys()].flatMap((k) => {
        const base = k.replace(PLURAL, '');
        return [base, `${ns}:${base}`];
      }),
    ),
  );

  it('all exist in English', () => {
    const unknown = sources.flatMap(({ path, text }) =>
      [...text.matchAll(/\bt\(\s*['"]([\w.:-]+)['"]/g)]
        .map((m) => m[1] ?? '')
        .filter((key) => !known.has(key))
        .map((key) => `${relative(SRC, path)}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });
});
