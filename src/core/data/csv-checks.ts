/**
 * Checks on a file before it is parsed as CSV: its size, and whether its
 * first bytes look like text at all. Each refusal names the file and says
 * what to do instead. Pure.
 */
import { t } from '../../i18n';
import { formatBytes } from '../format';
import { looksLikeBomlessUtf16 } from './csv-encoding';

/** Largest CSV accepted, in bytes (the stated limit: 100 MB). */
export const CSV_MAX_BYTES = 100 * 1024 * 1024;

/** Bytes of the file's start that `sniffCsv` needs. */
export const SNIFF_BYTES = 8192;

type MagicKind = 'zip' | 'xls' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'gzip' | 'parquet';

/** First bytes of formats people upload by mistake, and which format they mark. */
const MAGIC: [number[], MagicKind][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x50, 0x41, 0x52, 0x31], 'parquet'],
];

type ExtensionKind =
  | 'workbook'
  | 'spreadsheet'
  | 'json'
  | 'parquet'
  | 'zip'
  | 'compressed'
  | 'image'
  | 'pdf'
  | 'binary';

const NOT_CSV_EXTENSIONS: Record<string, ExtensionKind> = {
  xlsx: 'workbook',
  xls: 'workbook',
  ods: 'spreadsheet',
  json: 'json',
  parquet: 'parquet',
  zip: 'zip',
  gz: 'compressed',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  pdf: 'pdf',
  bin: 'binary',
};

/**
 * Why a file cannot be read as CSV, or null when it may be.
 * @param head the file's first bytes (up to SNIFF_BYTES)
 * @param size the file's size in bytes
 */
export function sniffCsv(name: string, size: number, head: Uint8Array): string | null {
  if (size > CSV_MAX_BYTES) {
    return t('data:sniff.tooLarge', {
      name,
      size: formatBytes(size),
      max: formatBytes(CSV_MAX_BYTES),
    });
  }
  if (size === 0) return t('data:sniff.empty', { name });
  const fix = t('data:sniff.fix');
  for (const [bytes, what] of MAGIC) {
    if (bytes.every((b, i) => head[i] === b))
      return t('data:sniff.isKind', { name, what: t(`data:magic.${what}`), fix });
  }
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const known = NOT_CSV_EXTENSIONS[ext];
  if (known)
    return t('data:sniff.looksLike', { name, what: t(`data:extension.${known}`), ext, fix });
  if (looksLikeBomlessUtf16(head)) {
    return t('data:sniff.utf16', { name });
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return t('data:sniff.binary', { name, fix });
    // Control characters other than tab, line feed, carriage return and form feed.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (head.length > 0 && control / head.length > 0.01) {
    return t('data:sniff.binary', { name, fix });
  }
  let start = 0;
  // Skip a UTF-8 byte order mark and leading white space.
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  while (start < head.length && [9, 10, 13, 32].includes(head[start] as number)) start++;
  if (start === head.length) return t('data:sniff.whiteSpace', { name });
  const first = head[start];
  if (first === 0x7b || (first === 0x5b && head[start + 1] !== 0x5d && isJsonArray(head, start))) {
    return t('data:sniff.json', { name, fix });
  }
  if (first === 0x3c) return t('data:sniff.markup', { name, fix });
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
