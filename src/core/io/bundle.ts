/**
 * The .zip bundle: one file that holds a whole saved model, so the app can
 * load it back in one step. Inside, model.json + weights.bin are exactly the
 * standard TensorFlow.js layers files (the playground's settings ride in
 * model.json's userDefinedMetadata), plus optimizer.json + optimizer.bin
 * when the optimizer state was included. Unpacking checks sizes and names
 * before inflating anything, and every entry's size and CRC-32 after.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { t } from '../../i18n';
import { MAX_UPLOAD_BYTES, type Checked, type UploadedFile } from './model-files';
import { readZip } from './zip-read';

export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';

/** More entries than any bundle of ours has, with room for a README. */
const MAX_ENTRIES = 16;

/** Zip entries that archivers add and nobody means: skipped on unpacking. */
const isJunk = (path: string): boolean =>
  path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(path);

/**
 * Zip named files (text or bytes). Dates are fixed, so the same contents
 * give the same bytes.
 */
export function zipFiles(files: Record<string, string | ArrayBuffer | Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    entries[name] =
      typeof content === 'string'
        ? strToU8(content)
        : content instanceof Uint8Array
          ? content
          : new Uint8Array(content);
  }
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

/**
 * The files in a zip, by base name (a single enclosing folder is fine).
 * Refuses archives that are not zips, too large once inflated (decided from
 * the directory, before inflating), damaged (sizes or CRC-32 that don't
 * match), or that hold two files of the same name.
 * @param zipName the archive's file name, for messages
 */
export function unzipFiles(zipName: string, bytes: ArrayBuffer): Checked<UploadedFile[]> {
  const read = readZip(
    zipName,
    new Uint8Array(bytes),
    { maxEntries: MAX_ENTRIES, maxTotalBytes: MAX_UPLOAD_BYTES },
    isJunk,
  );
  if (!read.ok) return read;
  const files: UploadedFile[] = [];
  const seen = new Set<string>();
  for (const { path, bytes: data } of read.value) {
    const name = path.split('/').pop() ?? path;
    if (seen.has(name)) {
      return { ok: false, error: t('models:fileCheck.zip.sameName', { zip: zipName, name }) };
    }
    seen.add(name);
    files.push({ name, bytes: data.buffer as ArrayBuffer });
  }
  return { ok: true, value: files };
}
