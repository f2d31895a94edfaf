/**
 * A reader for one Python string literal ('…', "…", '''…''' or """…""",
 * no prefix), for tests that check generated Python without a Python
 * interpreter. Throws where Python would raise a SyntaxError. Not used by
 * the app.
 */

const SIMPLE: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

const HEX = { x: 2, u: 4, U: 8 } as const;

/** The value of the literal that is the whole of `src` (leading/trailing space allowed). */
export function readPyStringLiteral(src: string): string {
  const text = src.trim();
  const quote = text.startsWith('"""') || text.startsWith("'''") ? text.slice(0, 3) : text[0];
  if (quote !== '"' && quote !== "'" && quote !== '"""' && quote !== "'''") {
    throw new Error(`not a string literal: ${text.slice(0, 20)}`);
  }
  const triple = quote.length === 3;
  let out = '';
  let i = quote.length;
  for (;;) {
    if (i >= text.length) throw new Error('unterminated string literal');
    if (text.startsWith(quote, i)) break;
    const c = text[i] as string;
    if (c === '\0') throw new Error('source code cannot contain null bytes');
    if (!triple && (c === '\n' || c === '\r'))
      throw new Error('unterminated string literal (line break)');
    if (c !== '\\') {
      out += c;
      i += 1;
      continue;
    }
    const e = text[i + 1] ?? '';
    if (e in SIMPLE) {
      out += SIMPLE[e];
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const digits = text.slice(i + 2, i + 2 + HEX[e]);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX[e]) {
        throw new Error(`truncated \\${e} escape`);
      }
      out += String.fromCodePoint(parseInt(digits, 16));
      i += 2 + HEX[e];
    } else if (e === 'N') {
      throw new Error('\\N{...} escapes are not read here');
    } else if (/[0-7]/.test(e)) {
      const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(oct, 8));
      i += 1 + oct.length;
    } else {
      // Python keeps an unknown escape as it is (with a warning).
      out += `\\${e}`;
      i += 2;
    }
  }
  const rest = text.slice(i + quote.length);
  if (rest.length > 0) throw new Error(`text after the literal: ${rest.slice(0, 20)}`);
  return out;
}
