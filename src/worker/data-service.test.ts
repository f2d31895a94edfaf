import { describe, expect, it } from 'vitest';
import { DataService } from './data-service';

const noFetch = () => Promise.reject(new Error('no network in tests'));

async function summary(bytes: Uint8Array<ArrayBuffer>, name = 'file.csv') {
  const r = await new DataService(noFetch).parseFile(new Blob([bytes]), name);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function utf16(text: string, littleEndian: boolean): Uint8Array<ArrayBuffer> {
  const chars = `\ufeff${text}`;
  const out = new Uint8Array(chars.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < chars.length; i++) view.setUint16(i * 2, chars.charCodeAt(i), littleEndian);
  return out;
}

const CSV = 'größe,farbe\n1.5,grün\n2.5,blau\n';

describe('DataService reads text encodings', () => {
  it('reads UTF-8 with and without a byte order mark, saying nothing', async () => {
    const plain = new TextEncoder().encode(CSV);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    for (const bytes of [plain, bom]) {
      const s = await summary(bytes);
      expect(s.columns.map((c) => c.name)).toEqual(['größe', 'farbe']);
      expect(s.encodingNote).toBeNull();
    }
  });

  it('reads UTF-16 LE and BE with a byte order mark', async () => {
    for (const le of [true, false]) {
      const s = await summary(utf16(CSV, le));
      expect(s.columns.map((c) => c.name)).toEqual(['größe', 'farbe']);
      expect(s.preview[0]).toEqual(['1.5', 'grün']);
      expect(s.encodingNote).toBe(`Read as UTF-16 (${le ? 'little' : 'big'}-endian) text.`);
    }
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', async () => {
    // "größe" in Latin-1: ö = 0xf6, ß = 0xdf, ü = 0xfc.
    const latin1 = Uint8Array.from(CSV, (ch) => ch.charCodeAt(0));
    const s = await summary(latin1);
    expect(s.columns.map((c) => c.name)).toEqual(['größe', 'farbe']);
    expect(s.preview[0]).toEqual(['1.5', 'grün']);
    expect(s.encodingNote).toMatch(/read as Windows-1252 \(Latin-1\)/);
  });
});
