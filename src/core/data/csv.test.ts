import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_MAX_BYTES, sniffCsv } from './csv-checks';
import { CSV_CHUNK, parseCsv } from './csv-parse';
import type { ParsedTable } from './table';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url));

async function parse(text: string, name = 'test.csv'): Promise<ParsedTable> {
  const r = await parseCsv(text, name, text.length);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function refusal(name: string): Promise<string> {
  const bytes = fixture(name);
  const sniffed = sniffCsv(name, bytes.length, bytes.subarray(0, 8192));
  if (sniffed) return sniffed;
  const r = await parseCsv(bytes.toString('utf8'), name, bytes.length);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error;
}

describe('parsing good CSV', () => {
  it('detects column types, missing values and a preview', async () => {
    const t = await parse(fixture('data-fruit.csv').toString('utf8'), 'data-fruit.csv');
    const s = t.summary;
    expect(s.file.rows).toBe(180);
    expect(s.delimiter).toBe(',');
    expect(s.columns.map((c) => [c.name, c.type])).toEqual([
      ['weight_g', 'numeric'],
      ['width_cm', 'numeric'],
      ['height_cm', 'numeric'],
      ['colour', 'categorical'],
      ['sweetness', 'numeric'],
      ['fruit', 'categorical'],
    ]);
    expect(s.columns[0]?.missing).toBe(4);
    expect(s.columns[3]?.missing).toBe(1);
    expect(s.columns[5]?.distinct).toBe(3);
    expect(s.preview).toHaveLength(8);
    expect(s.preview[0]).toEqual(['150.6', '7.73', '6.77', 'red', '1.2', 'apple']);
    expect(t.columns[3]?.categories).toEqual(['red', 'orange', 'yellow', 'green']);
  });

  it('reads semicolons, tabs, quotes, a BOM, CRLF and blank lines', async () => {
    const t = await parse('\ufeffa;b;"c; d"\r\n1;"x;y";2\r\n\r\n3;z;4\r\n');
    expect(t.summary.delimiter).toBe(';');
    expect(t.summary.columns.map((c) => c.name)).toEqual(['a', 'b', 'c; d']);
    expect(t.summary.file.rows).toBe(2);
    expect(t.columns[1]?.categories).toEqual(['x;y', 'z']);
    const tabs = await parse('a\tb\n1\t2\n3\t4\n');
    expect(tabs.summary.delimiter).toBe('\t');
    expect(Array.from(tabs.columns[1]!.numbers)).toEqual([2, 4]);
  });

  it('names empty and repeated headers, and reads a header-less file', async () => {
    const t = await parse('x,,x\n1,2,3\n');
    expect(t.summary.columns.map((c) => c.name)).toEqual(['x', 'column 2', 'x (2)']);
    const headerless = await parse('1,2,3\n4,5,6\n');
    expect(headerless.summary.headerless).toBe(true);
    expect(headerless.summary.file.rows).toBe(2);
    expect(headerless.summary.columns.map((c) => c.name)).toEqual([
      'column 1',
      'column 2',
      'column 3',
    ]);
  });

  it('treats NA, ?, null and empty cells as missing', async () => {
    const t = await parse('a,b\n1,NA\n2,?\n3,\n4,null\n5,7\n');
    expect(t.summary.columns[1]).toMatchObject({ type: 'numeric', missing: 4, min: 7, max: 7 });
  });

  it('calls a column with many distinct words free text', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `name${i},${i}`).join('\n');
    const t = await parse(`name,v\n${rows}\n`);
    expect(t.summary.columns[0]?.type).toBe('text');
    expect(t.columns[0]?.codes).toBeNull();
  });

  it('hashes the content, not the way it was chunked or its line endings', async () => {
    const rows = Array.from({ length: 90_000 }, (_, i) => `${i},${i % 7},cat${i % 3}`).join('\n');
    const text = `a,b,c\n${rows}\n`;
    expect(text.length).toBeGreaterThan(CSV_CHUNK);
    const a = await parse(text);
    const b = await parse(text.replace(/\n/g, '\r\n'));
    expect(a.summary.file.rows).toBe(90_000);
    expect(a.summary.file.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.summary.file.hash).toBe(a.summary.file.hash);
    const c = await parse(text.replace('89999,', '89998,'));
    expect(c.summary.file.hash).not.toBe(a.summary.file.hash);
  });
});

describe('refusing bad files, each with its message', () => {
  it.each([
    ['data-bad-empty.csv', 'data-bad-empty.csv is empty (0 bytes).'],
    ['data-bad-image.csv', 'data-bad-image.csv is not a CSV file: it is a PNG image.'],
    ['data-bad-header-only.csv', 'data-bad-header-only.csv has a header row but no data rows.'],
    ['data-bad-one-column.csv', 'data-bad-one-column.csv has only one column (“weight_g”).'],
    ['data-bad-no-numeric.csv', 'data-bad-no-numeric.csv has no numeric columns'],
    [
      'data-bad-ragged.csv',
      'data-bad-ragged.csv has ragged rows: row 4 has 2 fields, but the header has 3.',
    ],
  ])('%s', async (name, message) => {
    expect(await refusal(name)).toContain(message);
  });

  it('refuses files over the size limit before reading them', () => {
    expect(sniffCsv('big.csv', CSV_MAX_BYTES + 1, new Uint8Array(10))).toBe(
      'big.csv is 100.0 MB; the largest CSV file this page reads is 100.0 MB. Use a sample of its rows.',
    );
    expect(CSV_MAX_BYTES).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  it.each([
    ['book.xlsx', [0x50, 0x4b, 0x03, 0x04], 'it is a ZIP archive (an Excel .xlsx or .ods file?)'],
    ['data.json', [0x7b, 0x22, 0x61], 'it looks like a JSON file (.json)'],
    ['data.csv', [0x5b, 0x7b, 0x22], 'it looks like JSON'],
    ['page.csv', [0x3c, 0x68, 0x74], 'it looks like HTML or XML'],
    ['blob.csv', [0x61, 0x00, 0x62], 'it contains binary data'],
    ['blank.csv', [0x20, 0x0a, 0x20], 'is empty: it holds only white space'],
  ])('sniffs %s as not CSV', (name, bytes, message) => {
    expect(sniffCsv(name, 100, Uint8Array.from(bytes))).toContain(message);
  });

  it('refuses an unclosed quote', async () => {
    const r = await parseCsv('a,b\n1,"oops\n2,3\n', 'q.csv', 16);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('q.csv is not valid CSV near row');
  });

  it('lets plain text through the sniffer', () => {
    expect(sniffCsv('ok.txt', 10, new TextEncoder().encode('a,b\n1,2\n'))).toBeNull();
  });
});
