/**
 * Actions of the learning aids: the language of the explanations and the
 * glossary's opening and closing.
 */
import type { Language } from '../../core/learn/types';
import { storeLanguage } from '../learn/language-place';
import { useStore } from '../store';

/** Show the explanations in `language`, and remember it. */
export function setLanguage(language: Language): void {
  useStore.setState({ language });
  storeLanguage(language);
}

/** Open the glossary, at `concept` when one is given. */
export function openGlossary(concept: string | null = null): void {
  useStore.setState({ glossary: { open: true, concept } });
}

export function closeGlossary(): void {
  useStore.setState({ glossary: { open: false, concept: null } });
}
