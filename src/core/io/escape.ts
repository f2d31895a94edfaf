/**
 * Escaping for the generated files: user text (model names, file names,
 * class names) is written into Python source, Markdown, CSV and download
 * names, and must read back as the same text, or at least never as code,
 * markup or a path. JSON needs nothing beyond JSON.stringify.
 */

/** A Python string literal for `s` (JSON's escapes are valid Python). */
export const pyStr = (s: string): string => JSON.stringify(s);

/**
 * `s` as text inside a Python """docstring""": backslashes and quotes are
 * escaped, so neither `"""` nor `\N` nor a trailing quote can end or break
 * the literal; control characters other than new lines become \x escapes.
 */
export function pyDocText(s: string): string {
  return s
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\r\n?/g, '\n')
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what is escaped
      /[\x00-\x09\x0b-\x1f\x7f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    );
}

/**
 * `s` as one line of Markdown text: line breaks become spaces and the
 * characters that start markup are backslash-escaped, so a name cannot
 * add headings, links, HTML or code.
 */
export function mdText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`);
}

/**
 * CSV cells that a spreadsheet would run as a formula: starting with = or
 * @, a tab or carriage return, or with + or - when they are not a plain
 * number. For papaparse's `escapeFormulae`, which puts a ' before them.
 */
export const FORMULA_START = /^(?:[=@\t\r]|[+-](?!\s*(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$))/i;

// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const ILLEGAL_IN_NAMES = /[\x00-\x1f\x7f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]+/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_NAME_BYTES = 200;

/**
 * A file name that is legal on Windows, macOS and Linux: path separators,
 * characters Windows forbids, control and bidirectional-override characters
 * become "-"; ends are trimmed of spaces and dots; reserved Windows device
 * names get a "_"; at most 200 UTF-8 bytes (cut between characters).
 * Letters of any script are kept.
 * @param fallback used when nothing is left
 */
export function safeFileName(name: string, fallback = 'download'): string {
  let out = name
    .normalize('NFC')
    .replace(ILLEGAL_IN_NAMES, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const enc = new TextEncoder();
  if (enc.encode(out).length > MAX_NAME_BYTES) {
    const chars = Array.from(out);
    while (enc.encode(chars.join('')).length > MAX_NAME_BYTES) chars.pop();
    out = chars.join('').replace(/[\s.]+$/, '');
  }
  if (!out) return fallback;
  const [base = '', ...rest] = out.split('.');
  return WINDOWS_RESERVED.test(base) ? [`${base}_`, ...rest].join('.') : out;
}
