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
