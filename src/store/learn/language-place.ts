/**
 * Where the chosen language is remembered: one localStorage key. Storage
 * that is missing or throws (blocked cookies, a full quota) reads as English
 * and forgets quietly; the choice still holds for this page.
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

/** The remembered language; English when none (or an unknown one) is stored. */
export function readStoredLanguage(): Language {
  try {
    return storage()?.getItem(LANGUAGE_STORAGE_KEY) === 'zh' ? 'zh' : 'en';
  } catch {
    return 'en';
  }
}

/** Remember `language` for the next visit. */
export function storeLanguage(language: Language): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered: the page keeps the choice until it is closed.
  }
}
