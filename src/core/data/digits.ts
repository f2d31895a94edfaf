/**
 * The handwritten-digit asset (public/data/mnist-digits.bin): its binary
 * format, and the dataset a digits spec makes from it. Pure.
 *
 * Format, little-endian:
 *   0   8 bytes  magic "NNPGDIG1"
 *   8   u32      count of images
 *   12  u32      rows (28)
 *   16  u32      columns (28)
 *   20  u32      bytes of the payload before compression: count · (1 + rows · cols)
 *   24  u32      FNV-1a 32 checksum of that uncompressed payload
 *   28  ...      the payload, raw-deflate compressed: count labels (u8, 0–9),
 *                then count images of rows · cols grey levels (u8, 0 = background)
 */
import { deflateSync, inflateSync } from 'fflate';
import { t } from '../../i18n';
import type { DataPart, Dataset } from './dataset';
import type { MnistSpec } from './dataset-spec';
import { fail, ok, type Result } from './result';
import { createRng, permutation } from '../rng';
import { stratifiedSplit } from './split';

const DIGITS_MAGIC = 'NNPGDIG1';
const HEADER = 28;

export interface Digits {
  count: number;
  rows: number;
  cols: number;
  /** [count] the digit each image shows. */
  labels: Uint8Array;
  /** [count, rows, cols] grey levels 0–255, row-major. */
  pixels: Uint8Array;
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

/** The asset's bytes for a set of digits (used by scripts/build-digits.ts). */
export function encodeDigits(d: Digits): Uint8Array {
  const payload = new Uint8Array(d.count * (1 + d.rows * d.cols));
  payload.set(d.labels, 0);
  payload.set(d.pixels, d.count);
  const packed = deflateSync(payload, { level: 9 });
  const out = new Uint8Array(HEADER + packed.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = DIGITS_MAGIC.charCodeAt(i);
  view.setUint32(8, d.count, true);
  view.setUint32(12, d.rows, true);
  view.setUint32(16, d.cols, true);
  view.setUint32(20, payload.length, true);
  view.setUint32(24, fnv1a(payload), true);
  out.set(packed, HEADER);
  return out;
}

/** Read the asset, checking its header, size and checksum. */
export function decodeDigits(bytes: Uint8Array): Result<Digits> {
  const bad = (why: string) => fail<Digits>(t('data:digitsFile.damaged', { why }));
  if (bytes.length < HEADER) return bad(t('data:digitsFile.bytes', { count: bytes.length }));
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic !== DIGITS_MAGIC) return bad(t('data:digitsFile.marker'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(8, true);
  const rows = view.getUint32(12, true);
  const cols = view.getUint32(16, true);
  const size = view.getUint32(20, true);
  if (rows !== 28 || cols !== 28 || size !== count * (1 + rows * cols))
    return bad(t('data:digitsFile.sizes'));
  let payload: Uint8Array;
  try {
    payload = inflateSync(bytes.subarray(HEADER), { out: new Uint8Array(size) });
  } catch (e) {
    return bad((e as Error).message);
  }
  if (payload.length !== size || fnv1a(payload) !== view.getUint32(24, true)) {
    return bad(t('data:digitsFile.checksum'));
  }
  const labels = payload.subarray(0, count);
  if (labels.some((l) => l > 9)) return bad(t('data:digitsFile.labels'));
  return ok({ count, rows, cols, labels, pixels: payload.subarray(count) });
}

/**
 * The dataset of a digits spec: a seeded random subset of `spec.samples`
 * images, split stratified by digit. Images are [28, 28, 1] float32 in [0, 1].
 */
export function buildDigitsDataset(d: Digits, spec: MnistSpec): Dataset {
  const n = Math.min(spec.samples, d.count);
  const chosen = permutation(d.count, createRng(spec.seed ^ 0x0d161757)).subarray(0, n);
  const per = d.rows * d.cols;
  const labels = Int32Array.from(chosen, (img) => d.labels[img] as number);
  const idx = stratifiedSplit(labels, 10, spec.split, spec.seed);
  // Straight from the bytes into each split: no full-size intermediate copy.
  const part = (rows: Int32Array): DataPart => {
    const x = new Float32Array(rows.length * per);
    const y = new Int32Array(rows.length);
    rows.forEach((r, i) => {
      const img = chosen[r] as number;
      const src = d.pixels.subarray(img * per, img * per + per);
      const base = i * per;
      for (let k = 0; k < per; k++) x[base + k] = GREY[src[k] as number] as number;
      y[i] = labels[r] as number;
    });
    return { x, y, n: rows.length };
  };
  return {
    inputShape: [d.rows, d.cols, 1],
    featureNames: [],
    task: { kind: 'classification', classNames: Array.from({ length: 10 }, (_, c) => String(c)) },
    train: part(idx.train),
    validation: part(idx.validation),
    test: part(idx.test),
    scaling: null,
  };
}

/** Grey level → [0, 1]. */
const GREY = Float32Array.from({ length: 256 }, (_, v) => v / 255);
