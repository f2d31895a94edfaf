/**
 * Bad files for the file-robustness specs, made in Node: zips whose headers
 * lie about an entry's CRC-32 or size, a zip bomb (a hand-written deflate
 * stream of zeros, a few MB that inflate to hundreds of MB, under a header
 * that declares a few hundred bytes), and readers for what the Keras
 * export writes.
 */
import {
  deflatedEntry,
  forgeZip as forgeZipBytes,
  type ForgedEntry,
} from '../../src/core/io/zip-testing';

export { zerosDeflate } from '../../src/core/io/zip-testing';

/** An honest deflated entry, to be altered with a spread. */
export const deflated = deflatedEntry;

/** A zip of the given entries, with headers exactly as declared, ready to upload. */
export const forgeZip = (entries: ForgedEntry[]): Buffer => Buffer.from(forgeZipBytes(entries));

/** The text of a Python """docstring""" that opens `source` (escapes read as Python does for \\ and \"). */
export function readDocstring(source: string): string {
  if (!source.startsWith('"""')) throw new Error('train.py does not open with a docstring');
  let out = '';
  for (let i = 3; i < source.length; i++) {
    if (source.startsWith('"""', i)) return out;
    const c = source[i] as string;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e !== '\\' && e !== '"') throw new Error(`unexpected escape \\${e} in the docstring`);
      out += e;
      i += 1;
    } else out += c;
  }
  throw new Error('the docstring never ends');
}

/** Markdown text with its backslash escapes undone. */
export const unescapeMarkdown = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
