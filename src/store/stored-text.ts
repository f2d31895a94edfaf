/**
 * One text kept in the browser's localStorage under a key. Storage that is
 * missing (outside a browser) or refuses (blocked cookies, private mode, a
 * full quota) reads as absent and forgets quietly: whatever the text was
 * for then holds for this visit only.
 */
export interface StoredText {
  read(): string | null;
  write(text: string): void;
  forget(): void;
}

function quietly<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

const storage = (): Storage | null => quietly(() => globalThis.localStorage ?? null, null);

/** The text stored under `key`; storage is looked up at each use, so a test may replace it. */
export function storedText(key: string): StoredText {
  return {
    read: () => quietly(() => storage()?.getItem(key) ?? null, null),
    write: (text) => quietly(() => storage()?.setItem(key, text), undefined),
    forget: () => quietly(() => storage()?.removeItem(key), undefined),
  };
}
