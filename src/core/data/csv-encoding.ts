/**
 * Which text encoding a CSV file's bytes are in: a byte order mark names
 * UTF-8 or UTF-16; without one the bytes must be valid UTF-8, else they are
 * read as Windows-1252 (Latin-1's superset, what spreadsheets on Windows
 * save) and the page says so. Never decodes silently into mojibake. Pure:
 * uses only the standard TextDecoder.
 */
import { t } from '../../i18n';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding a byte order mark at the start of `head` names, or null. */
export function bomEncoding(head: Uint8Array): CsvEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * True when `head` looks like UTF-16 text without a byte order mark: a zero
 * byte in every other place, as ASCII characters have in UTF-16.
 */
export function looksLikeBomlessUtf16(head: Uint8Array): boolean {
  const n = Math.min(head.length, 256) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  return Math.max(evenZeros, oddZeros) >= half * 0.9 && Math.min(evenZeros, oddZeros) === 0;
}

/** Checks that bytes fed to it in pieces are valid UTF-8 (a character may span two pieces). */
export class Utf8Check {
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private bad = false;

  /** Feed the next piece; false once any invalid sequence is seen. */
  add(bytes: Uint8Array, last = false): boolean {
    if (this.bad) return false;
    try {
      this.decoder.decode(bytes, { stream: !last });
    } catch {
      this.bad = true;
    }
    return !this.bad;
  }
}

/** What to say about how a file was read (in the current language), or null for plain UTF-8. */
export function encodingNote(encoding: CsvEncoding): string | null {
  if (encoding === 'windows-1252') return t('data:encoding.windows1252');
  if (encoding === 'utf-16le') return t('data:encoding.utf16le');
  if (encoding === 'utf-16be') return t('data:encoding.utf16be');
  return null;
}

/**
 * `head` as UTF-8 bytes, for the checks made on a file's first bytes: UTF-16
 * is transcoded (its zero bytes would read as binary data), other encodings
 * are returned as they are.
 */
export function headAsUtf8(head: Uint8Array, encoding: CsvEncoding): Uint8Array {
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') return head;
  const text = new TextDecoder(encoding).decode(head.subarray(0, head.length & ~1));
  return new TextEncoder().encode(text);
}
