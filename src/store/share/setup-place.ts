/**
 * Where the setup lives outside the store: the URL hash (what a copied link
 * carries) and the browser's storage (what a visit without a link starts
 * from). Behind one small interface, so tests use a plain object and the
 * store never touches `history` or `localStorage` directly.
 */
import { storedText } from '../stored-text';

/** The key the last setup is stored under. */
export const SETUP_STORAGE_KEY = 'nn-playground.setup';

export interface SetupPlace {
  /** The location hash, with its '#', or ''. */
  hash(): string;
  /** Replace the hash without adding a history entry. */
  replaceHash(hash: string): void;
  /** The stored setup, or null when there is none or storage cannot be read. */
  load(): string | null;
  save(encoded: string): void;
  forget(): void;
}

/** The page's address bar and localStorage; null outside a browser. */
export function browserPlace(): SetupPlace | null {
  if (typeof location === 'undefined' || typeof history === 'undefined') return null;
  const stored = storedText(SETUP_STORAGE_KEY);
  return {
    hash: () => location.hash,
    replaceHash: (hash) =>
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`),
    load: stored.read,
    save: stored.write,
    forget: stored.forget,
  };
}

/** A place in memory, for tests: `url` and `stored` show what was written. */
export function memoryPlace(hash = '', stored: string | null = null) {
  const place = {
    url: hash,
    stored,
    replaces: 0,
    hash: () => place.url,
    replaceHash: (h: string) => {
      place.url = h;
      place.replaces += 1;
    },
    load: () => place.stored,
    save: (encoded: string) => {
      place.stored = encoded;
    },
    forget: () => {
      place.stored = null;
    },
  };
  return place satisfies SetupPlace;
}
