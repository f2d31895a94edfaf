/**
 * Reads a .zip without trusting it. The central directory is read first,
 * so the number of entries, their methods and their declared sizes are
 * checked (against a total limit) before a single byte is inflated. Each
 * entry is then inflated in small steps into a buffer of its declared size
 * and refused as soon as it grows past it, so a zip bomb with a lying
 * header costs a few megabytes and milliseconds, not the page. Every entry
 * must match its declared size and CRC-32 exactly. Refusals name the
 * archive, the entry and what was wrong. Never allocates from a size it
 * has not checked.
 */
import { Inflate } from 'fflate';
import { t } from '../../i18n';
import { formatInt } from '../format';
import { crc32Update } from './crc32';
import type { Checked } from './model-files';

export interface ZipLimits {
  /** Most entries kept (after skipped ones). */
  maxEntries: number;
  /** Most bytes all kept entries may declare once inflated, together. */
  maxTotalBytes: number;
}

export interface ZipEntry {
  /** The entry's path inside the archive. */
  path: string;
  bytes: Uint8Array;
}

interface CentralEntry {
  path: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** Compressed bytes fed to the inflater per step: deflate expands at most ~1,032×. */
const STEP = 4096;

const fmt = formatInt;
const hex = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`;
const bad = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** The end-of-central-directory record's offset, or -1 (it sits in the last 64 KiB + 22 bytes). */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) return i;
  }
  return -1;
}

function readCentral(zipName: string, data: Uint8Array): Checked<CentralEntry[]> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEnd(view);
  const zip = zipName;
  if (end < 0) return bad(t('models:fileCheck.zip.noEnd', { zip }));
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    return bad(t('models:fileCheck.zip.zip64', { zip }));
  }
  if (cdOffset + cdSize > end) return bad(t('models:fileCheck.zip.dirOutside', { zip }));
  const entryDamaged = (i: number) =>
    bad(t('models:fileCheck.zip.entryDamaged', { zip, n: i + 1, total: count }));
  const entries: CentralEntry[] = [];
  const decoder = new TextDecoder();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIG) {
      return entryDamaged(i);
    }
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > end) return entryDamaged(i);
    entries.push({
      path: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return { ok: true, value: entries };
}

/** Where an entry's stored bytes start and end, checked against its local header. */
function dataRange(zipName: string, data: Uint8Array, e: CentralEntry): Checked<[number, number]> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = e.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL_SIG) {
    return bad(t('models:fileCheck.zip.noLocalHeader', { path: e.path, zip: zipName }));
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + e.compressedSize;
  if (stop > data.length) {
    return bad(
      t('models:fileCheck.zip.cutShort', {
        path: e.path,
        zip: zipName,
        size: fmt(e.compressedSize),
      }),
    );
  }
  return { ok: true, value: [start, stop] };
}

/** Inflate `raw` into exactly `size` bytes, or say how it differs. */
function inflateExact(zipName: string, e: CentralEntry, raw: Uint8Array): Checked<Uint8Array> {
  const out = new Uint8Array(e.size);
  let got = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (got + chunk.length > e.size) over = true;
    else out.set(chunk, got);
    got += chunk.length;
  });
  try {
    for (let at = 0; at < raw.length && !over; at += STEP) {
      inflater.push(raw.subarray(at, at + STEP), at + STEP >= raw.length);
    }
    if (raw.length === 0) inflater.push(raw, true);
  } catch (err) {
    return bad(
      t('models:fileCheck.zip.inflateFailed', {
        path: e.path,
        zip: zipName,
        error: (err as Error).message,
      }),
    );
  }
  if (over) {
    return bad(
      t('models:fileCheck.zip.inflatesOver', { path: e.path, zip: zipName, size: fmt(e.size) }),
    );
  }
  if (got !== e.size) {
    return bad(
      t('models:fileCheck.zip.inflatesTo', {
        path: e.path,
        zip: zipName,
        got: fmt(got),
        size: fmt(e.size),
      }),
    );
  }
  return { ok: true, value: out };
}

function readEntry(zipName: string, data: Uint8Array, e: CentralEntry): Checked<Uint8Array> {
  if (e.flags & 1) return bad(t('models:fileCheck.zip.encrypted', { path: e.path, zip: zipName }));
  if (e.method !== 0 && e.method !== 8) {
    return bad(t('models:fileCheck.zip.method', { path: e.path, zip: zipName, method: e.method }));
  }
  const range = dataRange(zipName, data, e);
  if (!range.ok) return range;
  const raw = data.subarray(...range.value);
  let bytes: Uint8Array;
  if (e.method === 0) {
    if (raw.length !== e.size) {
      return bad(
        t('models:fileCheck.zip.storedSize', {
          path: e.path,
          zip: zipName,
          got: fmt(raw.length),
          size: fmt(e.size),
        }),
      );
    }
    bytes = raw.slice();
  } else {
    const inflated = inflateExact(zipName, e, raw);
    if (!inflated.ok) return inflated;
    bytes = inflated.value;
  }
  const crc = crc32Update(0, bytes);
  if (crc !== e.crc) {
    return bad(
      t('models:fileCheck.zip.crc', {
        path: e.path,
        zip: zipName,
        crc: hex(crc),
        expected: hex(e.crc),
      }),
    );
  }
  return { ok: true, value: bytes };
}

/**
 * The entries of a zip, each checked, or a message naming the first problem.
 * @param zipName the archive's file name, for messages
 * @param skip entries to leave out (folders, archiver junk): not counted, not inflated
 */
export function readZip(
  zipName: string,
  data: Uint8Array,
  limits: ZipLimits,
  skip: (path: string) => boolean = () => false,
): Checked<ZipEntry[]> {
  const central = readCentral(zipName, data);
  if (!central.ok) return central;
  const kept = central.value.filter((e) => !skip(e.path));
  if (kept.length > limits.maxEntries) {
    return bad(
      t('models:fileCheck.zip.tooManyFiles', {
        zip: zipName,
        files: fmt(kept.length),
        max: fmt(limits.maxEntries),
      }),
    );
  }
  let total = 0;
  for (const e of kept) {
    total += e.size;
    if (total > limits.maxTotalBytes) {
      return bad(
        t('models:fileCheck.zip.tooLarge', {
          zip: zipName,
          max: fmt(limits.maxTotalBytes),
          path: e.path,
          size: fmt(e.size),
        }),
      );
    }
  }
  const entries: ZipEntry[] = [];
  for (const e of kept) {
    const bytes = readEntry(zipName, data, e);
    if (!bytes.ok) return bytes;
    entries.push({ path: e.path, bytes: bytes.value });
  }
  return { ok: true, value: entries };
}
