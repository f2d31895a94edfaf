/**
 * Where the chosen language is remembered: one localStorage key. With none
 * remembered the app follows the browser's languages (中文 for any Chinese
 * one, English otherwise). Storage that is missing or throws (blocked
 * cookies, a full quota) forgets quietly; the choice still holds for this page.
 */
import type { Language } from '../../core/learn/types';

export const LANGUAGE_STORAGE_KEY = 'nn-playground.language';

const storage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** The browser's preferred language among ours: 中文 when its first choice is any Chinese. */
export function systemLanguage(): Language {
  const first = globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The remembered language; the browser's when none (or an unknown one) is stored. */
export function readStoredLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  return stored === 'zh' || stored === 'en' ? stored : systemLanguage();
}

/** Remember `language` for the next visit. */
export function storeLanguage(language: Language): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered: the page keeps the choice until it is closed.
  }
}
