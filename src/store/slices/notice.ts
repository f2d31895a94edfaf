import { word, type Said } from '../../i18n/words';

/** A one-line message a panel shows: information or an error. */
export type Notice = { kind: 'info' | 'error'; text: string } | null;

/** A notice's text: as it stands (what a worker or a file said), or a function that words it. */
export type NoticeText = string | (() => string);

/** A notice of `text`; one that is worded by a function follows a language switch. */
export function notice(kind: 'info' | 'error', text: NoticeText): NonNullable<Notice> {
  return typeof text === 'function' ? saidNotice(kind, text) : { kind, text };
}

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
