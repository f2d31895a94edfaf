/**
 * Checks on a file before it is parsed as CSV: its size, and whether its
 * first bytes look like text at all. Each refusal names the file and says
 * what to do instead. Pure.
 */
import { formatBytes } from '../format';
import { looksLikeBomlessUtf16 } from './csv-encoding';

/** Largest CSV accepted, in bytes (the stated limit: 100 MB). */
export const CSV_MAX_BYTES = 100 * 1024 * 1024;

/** Bytes of the file's start that `sniffCsv` needs. */
export const SNIFF_BYTES = 8192;

const MAGIC: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an Excel .xlsx or .ods file?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel/Office file (.xls)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip-compressed file'],
  [[0x50, 0x41, 0x52, 0x31], 'a Parquet file'],
];

const NOT_CSV_EXTENSIONS: Record<string, string> = {
  xlsx: 'an Excel workbook',
  xls: 'an Excel workbook',
  ods: 'a spreadsheet',
  json: 'a JSON file',
  parquet: 'a Parquet file',
  zip: 'a ZIP archive',
  gz: 'a compressed file',
  png: 'an image',
  jpg: 'an image',
  jpeg: 'an image',
  pdf: 'a PDF document',
  bin: 'a binary file',
};

const fix = 'Export or save it as CSV (comma-separated values, UTF-8 text) and upload that.';

/**
 * Why a file cannot be read as CSV, or null when it may be.
 * @param head the file's first bytes (up to SNIFF_BYTES)
 * @param size the file's size in bytes
 */
export function sniffCsv(name: string, size: number, head: Uint8Array): string | null {
  if (size > CSV_MAX_BYTES) {
    return `${name} is ${formatBytes(size)}; the largest CSV file this page reads is ${formatBytes(CSV_MAX_BYTES)}. Use a sample of its rows.`;
  }
  if (size === 0) return `${name} is empty (0 bytes).`;
  for (const [bytes, what] of MAGIC) {
    if (bytes.every((b, i) => head[i] === b))
      return `${name} is not a CSV file: it is ${what}. ${fix}`;
  }
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const known = NOT_CSV_EXTENSIONS[ext];
  if (known) return `${name} is not a CSV file: it looks like ${known} (.${ext}). ${fix}`;
  if (looksLikeBomlessUtf16(head)) {
    return `${name} looks like UTF-16 text without a byte order mark, which cannot be read safely. Save it as UTF-8 CSV (or UTF-16 with a byte order mark) and upload that.`;
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return `${name} is not a CSV file: it contains binary data. ${fix}`;
    // Control characters other than tab, line feed, carriage return and form feed.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (head.length > 0 && control / head.length > 0.01) {
    return `${name} is not a CSV file: it contains binary data. ${fix}`;
  }
  let start = 0;
  // Skip a UTF-8 byte order mark and leading white space.
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  while (start < head.length && [9, 10, 13, 32].includes(head[start] as number)) start++;
  if (start === head.length) return `${name} is empty: it holds only white space.`;
  const first = head[start];
  if (first === 0x7b || (first === 0x5b && head[start + 1] !== 0x5d && isJsonArray(head, start))) {
    return `${name} is not a CSV file: it looks like JSON. ${fix}`;
  }
  if (first === 0x3c) return `${name} is not a CSV file: it looks like HTML or XML. ${fix}`;
  return null;
}

/** A leading "[" followed by "{", "[" or a quote reads as JSON, not a header cell. */
function isJsonArray(head: Uint8Array, start: number): boolean {
  let i = start + 1;
  while (i < head.length && [9, 10, 13, 32].includes(head[i] as number)) i++;
  return [0x7b, 0x5b, 0x22].includes(head[i] as number) || /^\[\s*-?\d/.test(ascii(head, start));
}

function ascii(head: Uint8Array, start: number): string {
  return String.fromCharCode(...head.subarray(start, start + 16));
}
