/**
 * Bad files for the file-robustness specs, made in Node: zips whose headers
 * lie about an entry's CRC-32 or size, a zip bomb (a hand-written deflate
 * stream of zeros, a few MB that inflate to hundreds of MB, under a header
 * that declares a few hundred bytes), and readers for what the Keras
 * export writes.
 */
import { deflateSync } from 'fflate';

export interface ForgedEntry {
  path: string;
  /** The stored bytes: raw deflate data for method 8. */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers declare. */
  size: number;
  crc: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** An honest deflated entry, to be altered with a spread. */
export function deflated(path: string, content: Uint8Array): ForgedEntry {
  return { path, data: deflateSync(content), method: 8, size: content.length, crc: crc32(content) };
}

/** A zip of the given entries, with headers exactly as declared. */
export function forgeZip(entries: ForgedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.path, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(e.data));
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

/**
 * Raw deflate data for `n` zero bytes (n ≥ 1, n - 1 a multiple of 258): one
 * fixed-Huffman block, a literal 0 then 258-byte back-references of 13 bits
 * each. 600 MB of zeros come to about 3.8 MB, written without holding them.
 */
export function zerosDeflate(n: number): Uint8Array {
  const matches = (n - 1) / 258;
  const out = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + 7) / 8));
  let bit = 0;
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--, bit++) {
      if ((value >> i) & 1) out[bit >> 3] = (out[bit >> 3] as number) | (1 << (bit & 7));
    }
  };
  code(0b11, 2); // last block; the first bit of "fixed Huffman" (01, low bit first)
  code(0, 1);
  code(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) code(0xc5 << 5, 13); // length 258, then distance 1
  code(0, 7); // end of block
  return out;
}

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
