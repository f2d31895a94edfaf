import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { readZip } from './zip-read';
import { deflatedEntry, forgeZip, zerosDeflate } from './zip-testing';

const limits = { maxEntries: 16, maxTotalBytes: 1_000_000 };
const text = (s: string) => new TextEncoder().encode(s);
const weights = Uint8Array.from({ length: 4000 }, (_, i) => (i * 31) & 0xff);

describe('readZip', () => {
  it('reads what fflate writes, stored and deflated', () => {
    const zip = zipSync({
      'a/model.json': text('{"x":1}'),
      'a/weights.bin': [weights, { level: 0 }],
    });
    const r = readZip('m.zip', zip, limits);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.map((e) => e.path)).toEqual(['a/model.json', 'a/weights.bin']);
    expect(new TextDecoder().decode(r.value[0]!.bytes)).toBe('{"x":1}');
    expect(r.value[1]!.bytes).toEqual(weights);
  });

  it('inflates a hand-made stream of zeros to its declared size', () => {
    const data = zerosDeflate(10_000);
    const r = readZip(
      'z.zip',
      forgeZip([
        { path: 'z.bin', data, method: 8, size: 10_000, crc: crc32(new Uint8Array(10_000)) },
      ]),
      limits,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.value[0]!.bytes).toEqual(new Uint8Array(10_000));
  });

  it('refuses an entry whose CRC-32 does not match, naming it', () => {
    const e = deflatedEntry('weights.bin', weights);
    const r = readZip('m.zip', forgeZip([{ ...e, crc: (e.crc ^ 1) >>> 0 }]), limits);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^"weights.bin" in m.zip is damaged: its CRC-32 is 0x[0-9a-f]{8}, the archive says 0x[0-9a-f]{8}\.$/,
      ),
    });
  });

  it('refuses a zip bomb whose header lies, without inflating it', () => {
    const bomb = {
      path: 'weights.bin',
      data: zerosDeflate(50_000_000),
      method: 8 as const,
      size: 456,
      crc: 0,
    };
    const r = readZip('bomb.zip', forgeZip([bomb]), limits);
    expect(r).toEqual({
      ok: false,
      error:
        '"weights.bin" in bomb.zip inflates to more than the 456 bytes its header declares; refused before unpacking further.',
    });
  });

  it('refuses by the declared total before inflating anything', () => {
    const e = deflatedEntry('weights.bin', weights);
    // The data is not even deflate: nothing may be inflated for this refusal.
    const r = readZip('big.zip', forgeZip([{ ...e, data: text('junk'), size: 2_000_000 }]), limits);
    expect(r).toEqual({
      ok: false,
      error:
        'big.zip unpacks to more than 1,000,000 bytes (at "weights.bin", 2,000,000 bytes); refused before unpacking.',
    });
  });

  it.each([
    ['smaller', 3000, /inflates to more than the 3,000 bytes its header declares/],
    ['larger', 5000, /inflates to 4,000 bytes; its header declares 5,000/],
  ])('refuses an entry that declares a %s size than it has', (_label, size, message) => {
    const e = deflatedEntry('weights.bin', weights);
    const r = readZip('m.zip', forgeZip([{ ...e, size }]), limits);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a stored entry whose size differs from its header', () => {
    const entry = {
      path: 'a.txt',
      data: text('hello'),
      method: 0 as const,
      size: 9,
      crc: crc32(text('hello')),
    };
    const r = readZip('m.zip', forgeZip([entry]), limits);
    expect(r).toEqual({
      ok: false,
      error: '"a.txt" in m.zip holds 5 stored bytes; its header declares 9.',
    });
  });

  it('refuses damaged deflate data, too many entries and non-zips', () => {
    const e = deflatedEntry('weights.bin', weights);
    const damaged = readZip(
      'm.zip',
      forgeZip([{ ...e, data: new Uint8Array([0xff, 0xff, 0xff]) }]),
      limits,
    );
    expect(!damaged.ok && damaged.error).toMatch(/^"weights.bin" in m.zip is damaged \(.+\)\.$/);
    const many = Array.from({ length: 17 }, (_, i) => deflatedEntry(`f${i}`, text('x')));
    expect(readZip('m.zip', forgeZip(many), limits)).toEqual({
      ok: false,
      error: 'm.zip holds 17 files; at most 16 are expected.',
    });
    expect(readZip('m.zip', text('hello'), limits)).toEqual({
      ok: false,
      error: 'm.zip is not a valid .zip file (no end-of-archive record).',
    });
  });

  it('does not count or inflate skipped entries', () => {
    const junk = { ...deflatedEntry('__MACOSX/x', weights), size: 9_999_999 };
    const r = readZip('m.zip', forgeZip([junk, deflatedEntry('a', text('a'))]), limits, (p) =>
      p.startsWith('__MACOSX/'),
    );
    expect(r.ok && r.value.map((e) => e.path)).toEqual(['a']);
  });
});
