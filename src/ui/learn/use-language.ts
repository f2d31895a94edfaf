import type { Language, Text } from '../../core/learn/types';
import { useStore } from '../../store/store';

/** The explanations' language, and a reader of texts in it. */
export function useLanguage(): { language: Language; t: (text: Text) => string } {
  const language = useStore((s) => s.language);
  return { language, t: (text) => text[language] };
}
