import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Update } from './crc32';

const text = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
  it('matches the published check values', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(text('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    expect(crc32(text('a'))).toBe(0xe8b7be43);
    expect(crc32(new Uint8Array(32))).toBe(0x190a55ad);
    expect(crc32(new Uint8Array(32).fill(0xff))).toBe(0xff6cab0b);
  });

  it('gives the same value in pieces as in one go', () => {
    const all = text('The quick brown fox jumps over the lazy dog');
    const split = crc32Update(crc32Update(0, all.subarray(0, 10)), all.subarray(10));
    expect(split).toBe(crc32(all));
  });

  it('agrees with the CRC fflate writes into zips', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xff);
    const zip = zipSync({ 'a.bin': bytes });
    // The local file header keeps the entry's CRC-32 at offset 14.
    expect(crc32(bytes)).toBe(new DataView(zip.buffer).getUint32(14, true));
  });
});
