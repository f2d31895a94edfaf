import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse';
import { MAX_COLUMNS, type ParsedTable } from './table';
import { nonFiniteNote, nonFiniteNotes, shownItems } from './table-notes';

async function parse(text: string, name = 'test.csv'): Promise<ParsedTable> {
  const r = await parseCsv(text, name, text.length);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const column = (t: ParsedTable, name: string) => {
  const c = t.summary.columns.find((col) => col.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c;
};

describe('non-finite numbers', () => {
  const rows = ['x,y', '1,a', 'NaN,b', '2,a', 'Infinity,b', '-inf,a', '1e999,b', '3,a', '-1e400,b'];

  it('are missing values of a numeric column, named with their file rows', async () => {
    const t = await parse(rows.join('\n'));
    const x = column(t, 'x');
    expect(x.type).toBe('numeric');
    expect(x.missing).toBe(5);
    expect(x.nonFinite).toBe(5);
    // The header is row 1, so "NaN" in the second data row is row 3.
    expect(x.nonFiniteRows).toEqual([3, 5, 6, 7, 9]);
    expect(x.min).toBe(1);
    expect(x.max).toBe(3);
    expect(Array.from(t.columns[0]?.numbers ?? []).filter(Number.isNaN)).toHaveLength(5);
  });

  it('are named in a note with the first rows and a count of the rest', async () => {
    const many = ['x,y', ...Array.from({ length: 12 }, (_, i) => (i % 2 ? `${i},a` : 'inf,b'))];
    const x = column(await parse(many.join('\n')), 'x');
    expect(nonFiniteNote(x)).toBe(
      'Column “x”: 6 non-finite values (NaN or infinite), rows 2, 4, 6, 8, 10 and 1 more — treated as missing.',
    );
  });

  it('give one note per column, the rest counted', async () => {
    const header = Array.from({ length: 8 }, (_, i) => `c${i}`).join(',');
    const t = await parse(
      [header, Array(8).fill('inf').join(','), Array(8).fill('1').join(',')].join('\n'),
    );
    const notes = nonFiniteNotes(t.summary.columns, 5);
    expect(notes).toHaveLength(6);
    expect(notes[0]).toBe(
      'Column “c0”: 1 non-finite value (NaN or infinite), row 2 — treated as missing.',
    );
    expect(notes[5]).toBe('3 more columns hold non-finite values too.');
  });

  it('leave a column with none without a note', async () => {
    const t = await parse('x,y\n1,2\n3,4');
    expect(nonFiniteNotes(t.summary.columns)).toEqual([]);
  });
});

describe('wide and long tables', () => {
  it('refuse more columns than the limit, naming the count and the limit', async () => {
    const header = Array.from({ length: 50_000 }, (_, i) => `c${i}`).join(',');
    const row = Array(50_000).fill('1').join(',');
    const r = await parseCsv(`${header}\n${row}\n`, 'wide.csv', 0);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toBe(
        `wide.csv has 50,000 columns; this page reads at most ${MAX_COLUMNS.toLocaleString('en-US')}. Keep the columns you want to learn from (and the label) and upload that.`,
      );
  });

  it('read a table at the column limit', async () => {
    const header = Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(',');
    const t = await parse(`${header}\n${Array(MAX_COLUMNS).fill('1').join(',')}\n`);
    expect(t.summary.columns).toHaveLength(MAX_COLUMNS);
  });

  it('read 130,000 rows', async () => {
    const lines = ['x,y'];
    for (let i = 0; i < 130_000; i++) lines.push(`${i % 97},${(i * 7) % 1000}`);
    const t = await parse(lines.join('\n'));
    expect(t.summary.file.rows).toBe(130_000);
    expect(column(t, 'y').max).toBe(999);
  });
});

describe('shownItems', () => {
  const names = Array.from({ length: 100 }, (_, i) => `pixel${i}`);

  it('shows the first few and counts the rest', () => {
    const { shown, more } = shownItems(names, (n) => n, '', 40);
    expect(shown).toHaveLength(40);
    expect(more).toBe(60);
  });

  it('filters by part of a name, in any case', () => {
    const { shown, more } = shownItems(names, (n) => n, ' PIXEL9', 5);
    expect(shown).toEqual(['pixel9', 'pixel90', 'pixel91', 'pixel92', 'pixel93']);
    expect(more).toBe(6);
  });
});
