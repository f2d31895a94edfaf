import { word, type Said } from '../../i18n/words';

/** A one-line message a panel shows: information or an error. */
export type Notice = { kind: 'info' | 'error'; text: string } | null;

/**
 * A notice whose text is worded each time it is read, so one on screen
 * follows a language switch: from keys and values (a message made in a
 * worker), or by a function that words it.
 */
export function saidNotice(
  kind: 'info' | 'error',
  said: Said | (() => string),
): NonNullable<Notice> {
  return {
    kind,
    get text() {
      return typeof said === 'function' ? said() : word(said);
    },
  };
}
