/**
 * A run's configuration in the URL hash, and back: `#setup=<base64url of the
 * deflated, key-sorted JSON>`. Fields equal to the app's starting setup are
 * left out to keep links short; decoding fills them back from the same
 * defaults, so a round trip gives back the exact config.
 *
 * A link is untrusted input: its length is checked before decoding, its
 * inflated size while inflating, its JSON in a try, then every field on its
 * own (link-fields.ts). Nothing learned travels: no weights, no CSV rows (a
 * table spec names its file by name, row count and content hash). Pure.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { t } from '../../i18n';
import { formatInt } from '../format';
import { stableStringify } from '../stable-json';
import { fromBase64Url, toBase64Url } from './base64url';
import { checkLinkFields, type LinkSource } from './link-fields';
import type { RunConfig } from './run-config';

/** The hash parameter that carries the setup. */
export const SETUP_PARAM = 'setup';
/** The longest encoded setup read, in characters. */
export const SETUP_MAX_CHARS = 16_384;
/** The largest JSON a setup may inflate to, in bytes. */
export const SETUP_MAX_JSON_BYTES = 262_144;
/** Bumped when the payload's shape changes; older links are then upgraded here. */
export const SETUP_VERSION = 1;

/** A decoded setup: always a valid config, and what had to be replaced by a default. */
export interface DecodedSetup {
  config: RunConfig;
  /** One message per field that was wrong, naming it and the default used. */
  problems: string[];
}

const same = (a: unknown, b: unknown): boolean => stableStringify(a) === stableStringify(b);

/** The encoded setup of `config`: what follows `setup=` in the hash. */
export function encodeSetup(config: RunConfig, defaults: RunConfig): string {
  const training = Object.fromEntries(
    Object.entries(config.training).filter(
      ([key, value]) => !same(value, defaults.training[key as keyof RunConfig['training']]),
    ),
  );
  const payload = {
    v: SETUP_VERSION,
    ...(!same(config.dataset, defaults.dataset) && { dataset: config.dataset }),
    ...(!same(config.network, defaults.network) && { network: config.network }),
    ...(Object.keys(training).length > 0 && { training }),
    ...(config.backend !== defaults.backend && { backend: config.backend }),
  };
  return toBase64Url(deflateSync(strToU8(stableStringify(payload)), { level: 9 }));
}

/** The hash (`#setup=...`, other parameters kept) that carries `config`. */
export function setupHash(currentHash: string, config: RunConfig, defaults: RunConfig): string {
  const params = new URLSearchParams(currentHash.replace(/^#/, ''));
  params.set(SETUP_PARAM, encodeSetup(config, defaults));
  return `#${params.toString()}`;
}

/** The encoded setup in a location hash, or null when it has none. */
export function readSetupParam(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(SETUP_PARAM);
}

/** Inflate at most `limit` bytes; null when the data is damaged or inflates past it. */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array | 'too-big' | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) tooBig = true;
    else chunks.push(chunk);
  });
  // Small input steps bound what one push can produce (deflate expands at most ~1,000×).
  const STEP = 64;
  try {
    for (let at = 0; at < data.length && !tooBig; at += STEP)
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch {
    return null;
  }
  if (tooBig) return 'too-big';
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const fmt = formatInt;

/**
 * Decode an encoded setup (from a link, or from storage) into a valid
 * config: a damaged one gives the defaults with one message, a readable one
 * keeps every valid field and replaces each bad one by its default.
 */
export function decodeSetup(
  encoded: string,
  defaults: RunConfig,
  source: LinkSource = 'Link',
): DecodedSetup {
  const damaged = (why: string): DecodedSetup => ({
    config: defaults,
    problems: [
      source === 'Link'
        ? t('runs:setupLink.damagedLink', { why })
        : t('runs:setupLink.damagedSaved', { why }),
    ],
  });
  if (encoded.length > SETUP_MAX_CHARS)
    return damaged(
      t('runs:setupLink.tooLong', { length: fmt(encoded.length), max: fmt(SETUP_MAX_CHARS) }),
    );
  const bytes = fromBase64Url(encoded);
  if (!bytes) return damaged(t('runs:setupLink.badCharacters'));
  const inflated = inflateBounded(bytes, SETUP_MAX_JSON_BYTES);
  if (inflated === 'too-big')
    return damaged(t('runs:setupLink.tooBig', { max: fmt(SETUP_MAX_JSON_BYTES) }));
  if (!inflated) return damaged(t('runs:setupLink.notUnpacked'));
  let payload: unknown;
  try {
    payload = JSON.parse(strFromU8(inflated));
  } catch {
    return damaged(t('runs:setupLink.notJson'));
  }
  return checkLinkFields(payload, defaults, source);
}
