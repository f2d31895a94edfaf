import { describe, expect, it } from 'vitest';
import { sniffCsv } from './csv-checks';
import {
  Utf8Check,
  bomEncoding,
  encodingNote,
  headAsUtf8,
  looksLikeBomlessUtf16,
} from './csv-encoding';

const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  const chars = bom ? `\ufeff${text}` : text;
  for (let i = 0; i < chars.length; i++) view.setUint16(i * 2, chars.charCodeAt(i), true);
  return out;
};

describe('bomEncoding', () => {
  it('names UTF-8 and UTF-16 byte order marks', () => {
    expect(bomEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(bomEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(bomEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
    expect(bomEncoding(new TextEncoder().encode('a,b'))).toBeNull();
  });
});

describe('headAsUtf8', () => {
  it('transcodes UTF-16 so the checks on a file start see text, not binary', () => {
    const head = utf16le('größe,label\n1,a\n');
    expect(sniffCsv('u16.csv', head.length, head)).not.toBeNull();
    const text = headAsUtf8(head, 'utf-16le');
    expect(new TextDecoder().decode(text)).toBe('größe,label\n1,a\n');
    expect(sniffCsv('u16.csv', head.length, text)).toBeNull();
  });
});

describe('UTF-16 without a byte order mark', () => {
  it('is named as such, not as binary data', () => {
    const head = utf16le('a,b\n1,2\n3,4\n', false);
    expect(looksLikeBomlessUtf16(head)).toBe(true);
    expect(sniffCsv('nobom.csv', head.length, head)).toBe(
      'nobom.csv looks like UTF-16 text without a byte order mark, which cannot be read safely. Save it as UTF-8 CSV (or UTF-16 with a byte order mark) and upload that.',
    );
  });

  it('is not confused with plain ASCII', () => {
    expect(looksLikeBomlessUtf16(new TextEncoder().encode('a,b\n1,2\n3,4\n'))).toBe(false);
  });
});

describe('Utf8Check', () => {
  it('accepts a character split between two pieces', () => {
    const bytes = new TextEncoder().encode('größe');
    const check = new Utf8Check();
    expect(check.add(bytes.subarray(0, 3))).toBe(true);
    expect(check.add(bytes.subarray(3), true)).toBe(true);
  });

  it('refuses Latin-1 bytes, and a sequence cut off at the end', () => {
    expect(new Utf8Check().add(new Uint8Array([0x67, 0x72, 0xf6, 0xdf, 0x65]), true)).toBe(false);
    expect(new Utf8Check().add(new Uint8Array([0x61, 0xc3]), true)).toBe(false);
  });
});

describe('encodingNote', () => {
  it('says when a file was read as Windows-1252, and nothing for UTF-8', () => {
    expect(encodingNote('windows-1252')).toMatch(
      /^The file is not UTF-8 text, so it was read as Windows-1252/,
    );
    expect(encodingNote('utf-8')).toBeNull();
  });
});
