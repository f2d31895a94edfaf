import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/dataset';
import { colourTable } from '../data/test-tables';
import {
  batchOutputCsv,
  describeRowErrors,
  encodeBatch,
  parseBatchCsv,
  predictionColumns,
  predictionsFileName,
  type BatchTable,
} from './batch-predict';

const table = colourTable();

const plane: Dataset = {
  ...table,
  inputShape: [2],
  featureNames: ['x₁', 'x₂'],
  task: { kind: 'regression', targetNames: ['y'] },
  scaling: null,
  columns: undefined,
};

function parsed(text: string, name = 'in.csv'): BatchTable {
  const r = parseBatchCsv(text, name);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parseBatchCsv', () => {
  it('reads a header and rows, guessing the delimiter', () => {
    expect(parsed('a;b\n1;2\n\n3;4\n')).toEqual({
      name: 'in.csv',
      header: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
  });

  it('refuses empty files, header-only files and open quotes, naming the file', () => {
    expect(parseBatchCsv('', 'e.csv')).toEqual({
      ok: false,
      error: expect.stringContaining('e.csv is empty'),
    });
    expect(parseBatchCsv('a,b\n', 'h.csv')).toMatchObject({
      ok: false,
      error: expect.stringContaining('no rows'),
    });
    expect(parseBatchCsv('a,b\n"1,2\n', 'q.csv')).toMatchObject({
      ok: false,
      error: expect.stringContaining('quoted value'),
    });
  });
});

describe('encodeBatch', () => {
  it('encodes table rows by column name, scaled, whatever the column order', () => {
    const r = encodeBatch(table, parsed('colour,label,size\nblue,big,14\nred,small,8\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.value.x)).toEqual([2, 0, 1, -1, 1, 0]);
    expect(r.value.used).toEqual([0, 1]);
    expect(r.value.errors).toEqual([]);
  });

  it('names every missing input column', () => {
    const r = encodeBatch(table, parsed('label\nbig\n', 'few.csv'));
    expect(r).toEqual({
      ok: false,
      error:
        'few.csv has no columns “size”, “colour”. The model needs size, colour (other columns are kept as they are).',
    });
    const one = encodeBatch(table, parsed('size\n1\n'));
    expect(one).toMatchObject({
      ok: false,
      error: expect.stringContaining('has no column “colour”'),
    });
  });

  it('lists bad rows by number and keeps the good ones', () => {
    const r = encodeBatch(table, parsed('size,colour\n12,red\nbig,red\n9\n11,blue\n'));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.used).toEqual([0, 3]);
    expect(r.value.errors).toEqual([
      { row: 2, message: '“size” needs a number; got “big”.' },
      { row: 3, message: 'has 1 value; the header has 2.' },
    ]);
    expect(Array.from(r.value.x)).toEqual([1, 1, 0, 0.5, 0, 1]);
  });

  it('reads the numeric x columns of a 2-D set, accepting x1 for x₁', () => {
    const r = encodeBatch(plane, parsed('x1,x2,y\n0.5,-0.25,1\n,1,2\n'));
    if (!r.ok) throw new Error(r.error);
    expect(Array.from(r.value.x)).toEqual([0.5, -0.25]);
    expect(r.value.errors).toEqual([{ row: 2, message: '“x₁” is empty.' }]);
  });
});

describe('batchOutputCsv', () => {
  it('appends the predicted class and one probability per class, passing other columns through', () => {
    const t = parsed('size,colour,note\n14,blue,"a, quoted"\n8,red,x\n');
    const csv = batchOutputCsv(
      t,
      { used: [0, 1], errors: [] },
      new Float32Array([0.1, 0.9, 0.75, 0.25]),
      table.task,
      'label',
    );
    const out = Papa.parse<string[]>(csv).data;
    expect(out[0]).toEqual(['size', 'colour', 'note', 'predicted_label', 'p_small', 'p_big']);
    expect(out[1]).toEqual(['14', 'blue', 'a, quoted', 'big', '0.1', '0.9']);
    expect(out[2]).toEqual(['8', 'red', 'x', 'small', '0.75', '0.25']);
    expect(csv).toContain('"a, quoted"');
  });

  it('quotes quotes and new lines, and keeps formulas from running in a spreadsheet', () => {
    const t = parsed(
      'size,"colour ""c""",note\n-3,blue,"=HYPERLINK(""x"")\nline"\n8,red,@SUM(A1)\n',
    );
    const csv = batchOutputCsv(
      t,
      { used: [0, 1], errors: [] },
      new Float32Array([0.1, 0.9, 0.75, 0.25]),
      table.task,
      'label',
    );
    const out = Papa.parse<string[]>(csv).data;
    expect(out[0]?.[1]).toBe('colour "c"');
    expect(out[1]?.slice(0, 3)).toEqual(['-3', 'blue', '\'=HYPERLINK("x")\nline']);
    expect(out[2]?.[2]).toBe("'@SUM(A1)");
  });

  it('writes regression values, and an error column with empty predictions for bad rows', () => {
    const t = parsed('x1,x2\n1,2\nq,3\n');
    const csv = batchOutputCsv(
      t,
      { used: [0], errors: [{ row: 2, message: '“x₁” needs a number; got “q”.' }] },
      new Float32Array([1.2345678]),
      plane.task,
      'y',
    );
    expect(Papa.parse<string[]>(csv).data).toEqual([
      ['x1', 'x2', 'predicted_y', 'prediction_error'],
      ['1', '2', '1.23457', ''],
      ['q', '3', '', '“x₁” needs a number; got “q”.'],
    ]);
  });
});

describe('helpers', () => {
  it('lists the first errors, then how many more', () => {
    const errors = Array.from({ length: 8 }, (_, i) => ({ row: i + 2, message: 'bad.' }));
    expect(describeRowErrors(errors.slice(0, 2))).toBe('Row 2: bad. Row 3: bad.');
    expect(describeRowErrors(errors)).toBe(
      'Row 2: bad. Row 3: bad. Row 4: bad. Row 5: bad. Row 6: bad. And 3 more.',
    );
  });

  it('names prediction columns and the output file', () => {
    expect(predictionColumns(plane.task, 'y')).toEqual(['predicted_y']);
    expect(predictionsFileName('iris new.csv')).toBe('iris new-predictions.csv');
    expect(predictionsFileName('data')).toBe('data-predictions.csv');
    expect(predictionsFileName('模型 "α".csv')).toBe('模型 -α-predictions.csv');
  });
});
