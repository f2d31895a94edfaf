import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackageDigits } from '../../../scripts/build-digits';
import { classCounts, totalSamples } from './dataset';
import type { MnistSpec } from './dataset-spec';
import { buildDigitsDataset, decodeDigits, encodeDigits, type Digits } from './digits';

const asset = new Uint8Array(
  readFileSync(new URL('../../../public/data/mnist-digits.bin', import.meta.url)),
);

function decoded(bytes: Uint8Array = asset): Digits {
  const r = decodeDigits(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const spec = (over: Partial<MnistSpec> = {}): MnistSpec => ({
  kind: 'mnist',
  samples: 1000,
  seed: 1,
  split: { train: 60, validation: 20 },
  ...over,
});

describe('the digits asset', () => {
  it('is small and holds the mnist package’s 10,000 digits exactly', () => {
    expect(asset.length).toBeLessThan(2_000_000);
    const d = decoded();
    const source = readPackageDigits();
    expect([d.count, d.rows, d.cols]).toEqual([10_000, 28, 28]);
    // Buffer.equals: vitest's deep equality is far too slow for 7.8 million bytes.
    expect(Buffer.from(d.labels).equals(Buffer.from(source.labels))).toBe(true);
    expect(Buffer.from(d.pixels).equals(Buffer.from(source.pixels))).toBe(true);
  });

  it('round-trips through encode and decode', () => {
    const d: Digits = {
      count: 2,
      rows: 28,
      cols: 28,
      labels: Uint8Array.from([3, 7]),
      pixels: Uint8Array.from({ length: 2 * 784 }, (_, i) => i % 256),
    };
    expect(decoded(encodeDigits(d))).toEqual(d);
  });

  it('refuses damaged bytes with a message', () => {
    const cut = decodeDigits(asset.subarray(0, 1000));
    expect(!cut.ok && cut.error).toMatch(/^The digits file is damaged/);
    const flipped = asset.slice();
    flipped[40] = flipped[40]! ^ 0xff;
    expect(decodeDigits(flipped).ok).toBe(false);
    expect(decodeDigits(new TextEncoder().encode('<!doctype html>...')).ok).toBe(false);
  });
});

describe('the digits dataset', () => {
  const d = decoded();

  it('is [28, 28, 1] float32 in [0, 1], with ten classes, split stratified', () => {
    const ds = buildDigitsDataset(d, spec());
    expect(ds.inputShape).toEqual([28, 28, 1]);
    expect(totalSamples(ds)).toBe(1000);
    // Each digit is split 60 / 20 / 20 on its own, so totals may be off by a rounding or two.
    expect(Math.abs(ds.train.n - 600)).toBeLessThanOrEqual(5);
    expect(Math.abs(ds.validation.n - 200)).toBeLessThanOrEqual(5);
    expect(ds.train.x.length).toBe(ds.train.n * 784);
    expect(ds.train.x.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(Math.max(...ds.train.x.subarray(0, 784))).toBe(1);
    expect(ds.task).toEqual({
      kind: 'classification',
      classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    });
    // Stratified: each split's share of every digit is within a sample or so of the whole.
    const all = classCounts(ds.train, 10).map(
      (c, k) => c + classCounts(ds.validation, 10)[k]! + classCounts(ds.test, 10)[k]!,
    );
    classCounts(ds.train, 10).forEach((c, k) =>
      expect(Math.abs(c - all[k]! * 0.6)).toBeLessThanOrEqual(1),
    );
  });

  it('is deterministic for a seed', () => {
    const a = buildDigitsDataset(d, spec({ samples: 300 }));
    const b = buildDigitsDataset(d, spec({ samples: 300 }));
    const c = buildDigitsDataset(d, spec({ samples: 300, seed: 2 }));
    expect(a.train.x).toEqual(b.train.x);
    expect(a.train.y).toEqual(b.train.y);
    expect(a.train.y).not.toEqual(c.train.y);
  });
});
