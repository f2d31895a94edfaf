/**
 * The app's translations: one i18next instance, the same on the page, in
 * the workers and in unit tests. Plain code calls `t` for words in the
 * current language; React components use `useTranslation` from ./react,
 * which re-renders them when the language changes.
 */
import i18next from 'i18next';
import type { Language } from '../core/learn/types';
import { NAMESPACES, en, zh } from './resources';

export const i18n = i18next.createInstance();

void i18n.init({
  resources: { en, zh },
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes text itself, and nothing here is put into HTML as markup.
  interpolation: { escapeValue: false },
  // The resources are bundled: initialise synchronously, so `t` works at once.
  initAsync: false,
  returnNull: false,
});

/**
 * The words for a key are the same while the language and the options are:
 * keep them. i18next resolves a key through several lookups and regular
 * expressions, and a page in training asks for the same few hundred keys on
 * every redraw (labels, titles, the selectors that word a reason).
 */
const translated = new Map<string, string>();
/** Enough for every key in every form the page shows at once; past it, start again. */
const MAX_TRANSLATED = 4000;
const translate = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
const isPlain = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

/** The cache key for `t(key, options)`, or null for a call kept out of the cache. */
function cacheKeyOf(args: unknown[]): string | null {
  const [key, options] = args;
  if (args.length > 2) return null;
  if (typeof key !== 'string' && !(Array.isArray(key) && key.every((k) => typeof k === 'string')))
    return null;
  if (options !== undefined && (options === null || typeof options !== 'object')) return null;
  if (options) {
    for (const v of Object.values(options))
      if (!isPlain(v) && !(Array.isArray(v) && v.every(isPlain))) return null;
    if ((options as { returnObjects?: unknown }).returnObjects) return null;
  }
  return JSON.stringify([i18n.language, key, options ?? null]);
}

const cachedT = (...args: unknown[]): unknown => {
  const k = cacheKeyOf(args);
  if (k === null) return translate(...args);
  const hit = translated.get(k);
  if (hit !== undefined) return hit;
  const words = translate(...args);
  if (typeof words === 'string') {
    if (translated.size >= MAX_TRANSLATED) translated.clear();
    translated.set(k, words);
  }
  return words;
};
const forget = () => translated.clear();
i18n.on('languageChanged', forget);
i18n.store.on('added', forget);
i18n.store.on('removed', forget);
// Every `t`, the components' too (react-i18next's calls `i18n.t`), goes through the cache.
i18n.t = cachedT as unknown as typeof i18n.t;

/** A word or message in the current language. */
export const t = i18n.t.bind(i18n) as typeof i18n.t;

/** The language words are shown in now. */
export const currentLanguage = (): Language => (i18n.language === 'zh' ? 'zh' : 'en');

/** The BCP 47 locale of `language`, for numbers and dates. */
export const localeOf = (language: Language): string => (language === 'zh' ? 'zh-CN' : 'en-US');

/** The locale numbers and dates are formatted in now. */
export const currentLocale = (): string => localeOf(currentLanguage());

/** Show words in `language` from now on. */
export function switchLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
