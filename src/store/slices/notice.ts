import { word, type Said } from '../../i18n/words';

/** A one-line message a panel shows: information or an error. */
export type Notice = { kind: 'info' | 'error'; text: string } | null;

/**
 * A notice whose text is worded each time it is read, so one on screen
 * follows a language switch.
 */
export function saidNotice(kind: 'info' | 'error', said: Said): NonNullable<Notice> {
  return {
    kind,
    get text() {
      return word(said);
    },
  };
}
