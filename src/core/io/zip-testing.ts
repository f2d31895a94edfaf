/**
 * Hand-made zips for the zip-reading tests: entries whose header may lie
 * about their size or CRC-32, and a deflate stream of zeros that inflates
 * far beyond its own size. Not used by the app.
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';

export interface ForgedEntry {
  path: string;
  /** The stored bytes: raw deflate data for method 8. */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers declare. */
  size: number;
  crc: number;
}

/** An honest deflated entry, to be altered with a spread. */
export function deflatedEntry(path: string, content: Uint8Array): ForgedEntry {
  return { path, data: deflateSync(content), method: 8, size: content.length, crc: crc32(content) };
}

/** A zip of the given entries, headers written exactly as declared. */
export function forgeZip(entries: ForgedEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.path);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Raw deflate data for `n` zero bytes, written by hand as one fixed-Huffman
 * block of 258-byte back-references (13 bits each), without ever holding
 * the `n` bytes: 600 MB of zeros come to about 3.8 MB.
 */
export function zerosDeflate(n: number): Uint8Array {
  const matches = Math.floor(Math.max(0, n - 1) / 258);
  const literals = n === 0 ? 0 : n - matches * 258;
  const out = new Uint8Array(Math.ceil((3 + (literals * 8 + matches * 13 + 7)) / 8) + 1);
  let bit = 0;
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++, bit++) {
      if ((value >> i) & 1) out[bit >> 3] = (out[bit >> 3] as number) | (1 << (bit & 7));
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--) put((value >> i) & 1, 1);
  };
  put(1, 1); // last block
  put(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) {
    code(0xc5, 8); // length 258
    code(0, 5); // distance 1
  }
  for (let i = 1; i < literals; i++) code(0x30, 8);
  code(0, 7); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}
