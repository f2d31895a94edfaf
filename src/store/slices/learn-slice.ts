/**
 * The learn slice: the language the whole app is shown in (remembered in
 * the browser; see store/reactions.ts for what follows a change) and the
 * glossary, open or not, and the concept it shows.
 */
import type { Language } from '../../core/learn/types';
import { readStoredLanguage } from '../learn/language-place';
import type { SliceCreator } from './types';

export interface GlossaryState {
  open: boolean;
  /** The concept to scroll to when it opens; null for the top. */
  concept: string | null;
}

export interface LearnSlice {
  language: Language;
  glossary: GlossaryState;
}

export const initialLearnState = (): LearnSlice => ({
  language: readStoredLanguage(),
  glossary: { open: false, concept: null },
});

export const createLearnSlice: SliceCreator<LearnSlice> = () => initialLearnState();
