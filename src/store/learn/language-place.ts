/**
 * Where the chosen language is remembered: one localStorage key. With none
 * remembered the app follows the browser's languages (中文 for any Chinese
 * one, English otherwise). Storage that is missing or refuses forgets
 * quietly; the choice still holds for this page.
 */
import type { Language } from '../../core/learn/types';
import { storedText } from '../stored-text';

export const LANGUAGE_STORAGE_KEY = 'nn-playground.language';

const stored = storedText(LANGUAGE_STORAGE_KEY);

/** The browser's preferred language among ours: 中文 when its first choice is any Chinese. */
export function systemLanguage(): Language {
  const first = globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The remembered language; the browser's when none (or an unknown one) is stored. */
export function readStoredLanguage(): Language {
  const language = stored.read();
  return language === 'zh' || language === 'en' ? language : systemLanguage();
}

/** Remember `language` for the next visit. */
export function storeLanguage(language: Language): void {
  stored.write(language);
}
