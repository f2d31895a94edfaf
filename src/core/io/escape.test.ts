import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, mdText, pyDocText, pyStr, safeFileName } from './escape';
import { readPyStringLiteral } from './py-literal-testing';

const NASTY = [
  '模型 "α"\n',
  'a """ b',
  'ends with a quote"',
  'back\\slash \\N{oops} \\x',
  'tab\there\r\nnul\x00',
  "single ' and '''",
  '',
];

describe('pyStr and pyDocText', () => {
  it.each(NASTY)('%j reads back as itself from a string literal', (s) => {
    expect(readPyStringLiteral(pyStr(s))).toBe(s);
  });

  it.each(NASTY)('%j reads back as itself from a docstring', (s) => {
    const doc = `"""Train ${pyDocText(s)} now."""`;
    expect(readPyStringLiteral(doc)).toBe(`Train ${s.replace(/\r\n?/g, '\n')} now.`);
  });
});

describe('mdText', () => {
  it('keeps names on one line and their markup inert', () => {
    expect(mdText('模型 "α"\n# not a heading')).toBe('模型 "α" \\# not a heading');
    expect(mdText('[x](http://e.com) <img> `code` *b*')).toBe(
      '\\[x\\]\\(http://e\\.com\\) \\<img\\> \\`code\\` \\*b\\*',
    );
  });
});

describe('FORMULA_START', () => {
  it('escapes formulas but not numbers', () => {
    const cells = ['=1+1', '@SUM(A1)', '+cmd|x', '-2+3', '\tx', '-1.5', '+3', '2e-3', '-', 'a=b'];
    const csv = Papa.unparse([cells], { escapeFormulae: FORMULA_START });
    const back = Papa.parse<string[]>(csv).data[0];
    expect(back).toEqual([
      "'=1+1",
      "'@SUM(A1)",
      "'+cmd|x",
      "'-2+3",
      "'\tx",
      '-1.5',
      '+3',
      '2e-3',
      "'-",
      'a=b',
    ]);
  });
});

describe('safeFileName', () => {
  it.each([
    ['模型 "α"\n', '模型 -α-'],
    ['a/b\\c:d*e?f|g<h>', 'a-b-c-d-e-f-g-h-'],
    ['  ..hidden.  ', 'hidden'],
    ['CON', 'CON_'],
    ['nul.zip', 'nul_.zip'],
    ['evil\u202egpj.exe', 'evil-gpj.exe'],
    ['', 'download'],
    ['///', 'download'],
    ['Модель ☃ 🚀.zip', 'Модель ☃ 🚀.zip'],
  ])('%j -> %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('cuts long names between characters, under 200 UTF-8 bytes', () => {
    const cut = safeFileName('模'.repeat(100) + '🚀'.repeat(10));
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(200);
    expect(cut).toBe('模'.repeat(66));
  });
});
