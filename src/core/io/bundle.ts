/**
 * The .zip bundle: one file that holds a whole saved model, so the app can
 * load it back in one step. Inside, model.json + weights.bin are exactly the
 * standard TensorFlow.js layers files (the playground's settings ride in
 * model.json's userDefinedMetadata), plus optimizer.json + optimizer.bin
 * when the optimizer state was included. Unpacking checks sizes and names
 * before inflating anything.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { MAX_UPLOAD_BYTES, type Checked, type UploadedFile } from './model-files';

export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';

/** More entries than any bundle of ours has, with room for a README. */
const MAX_ENTRIES = 16;

const fmt = (n: number): string => n.toLocaleString('en-US');

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
 * Refuses archives that are not zips, too large once inflated, or that hold
 * two files of the same name.
 * @param zipName the archive's file name, for messages
 */
export function unzipFiles(zipName: string, bytes: ArrayBuffer): Checked<UploadedFile[]> {
  let declared = 0;
  let entries = 0;
  let tooBig: string | null = null;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(new Uint8Array(bytes), {
      filter: (f) => {
        if (isJunk(f.name)) return false;
        entries += 1;
        declared += f.originalSize;
        if (entries > MAX_ENTRIES || declared > MAX_UPLOAD_BYTES) tooBig ??= f.name;
        return tooBig === null;
      },
    });
  } catch (e) {
    return { ok: false, error: `${zipName} is not a valid .zip file (${(e as Error).message}).` };
  }
  if (tooBig !== null) {
    return {
      ok: false,
      error:
        entries > MAX_ENTRIES
          ? `${zipName} holds more than ${MAX_ENTRIES} files; a model bundle has at most 4.`
          : `${zipName} unpacks to more than ${fmt(MAX_UPLOAD_BYTES)} bytes, more than a model here may have.`,
    };
  }
  const files: UploadedFile[] = [];
  const seen = new Set<string>();
  for (const [path, data] of Object.entries(raw)) {
    const name = path.split('/').pop() ?? path;
    if (seen.has(name)) {
      return { ok: false, error: `${zipName} holds two files named "${name}".` };
    }
    seen.add(name);
    // Copy out of fflate's views so each file owns exactly its bytes.
    files.push({ name, bytes: data.slice().buffer });
  }
  return { ok: true, value: files };
}
