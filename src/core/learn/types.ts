/**
 * The shape of the learning content: every concept the app uses, as plain
 * data in English and Simplified Chinese. Pure: no React, no DOM.
 */

/** The languages the explanations are written in. */
export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** One text in every language. */
export interface Text {
  en: string;
  zh: string;
}

/** A concept without its id: the id is the key of the table that holds it. */
export interface ConceptBody {
  title: Text;
  /** Two to four sentences: what it is and what it does. */
  summary: Text;
  /** Readable Unicode math, one rule per line; language-neutral. */
  formula?: string;
  /** The signs that it is set wrong or misbehaving, and what to try. */
  watch: Text;
  /** Ids of related concepts. */
  related: readonly string[];
  /** Where in the app the concept lives. */
  where: Text;
  /** The id of the element (a control or a panel heading) that shows it. */
  target: string;
}

/** A concept with its id. */
export interface Concept extends ConceptBody {
  id: string;
}
