/**
 * A message kept as its keys and values instead of as text, and worded
 * only when shown. A message made in a worker, or held by the page while it
 * is on screen, then follows a language switch like every label does.
 */
import { t } from './index';

/** One sentence: its key, and values that may themselves be sentences to word. */
export interface Words {
  key: string;
  values?: Record<string, string | number | Words>;
}

/** A message: one sentence, or several shown one after the other. */
export type Said = Words | readonly Words[];

/** The sentence `key` with `values`, to be worded when shown. */
export const words = (key: string, values?: Words['values']): Words =>
  values ? { key, values } : { key };

const wordOne = ({ key, values }: Words): string => {
  const worded = values
    ? Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, typeof v === 'object' ? wordOne(v) : v]),
      )
    : undefined;
  return (t as unknown as (key: string, values?: object) => string)(key, worded);
};

/** The message in the current language (the sentences of a list joined as written). */
export function word(said: Said): string {
  return Array.isArray(said) ? said.map(wordOne).join('') : wordOne(said as Words);
}
