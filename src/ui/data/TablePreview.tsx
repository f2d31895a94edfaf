import { MAX_CATEGORIES, type ColumnSummary, type TableSummary } from '../../core/data/table';
import { nonFiniteNotes } from '../../core/data/table-notes';
import { formatBytes } from '../../core/format';

/** Columns of the preview drawn at most; the rest are counted. */
const MAX_PREVIEW_COLUMNS = 20;

const TYPE_LABEL: Record<ColumnSummary['type'], string> = {
  numeric: 'number',
  categorical: 'category',
  text: 'free text',
  empty: 'empty',
};

function typeNote(c: ColumnSummary): string {
  const missing = c.missing > 0 ? `, ${c.missing.toLocaleString('en-US')} missing` : '';
  if (c.type === 'numeric') {
    const range = `${fmt(c.min)}–${fmt(c.max)}`;
    return `${range}${missing}`;
  }
  if (c.type === 'categorical') {
    return `${c.distinct} ${c.distinct === 1 ? 'category' : 'categories'}${missing}`;
  }
  if (c.type === 'text') return `over ${MAX_CATEGORIES} values${missing}`;
  return 'every value missing';
}

const fmt = (v: number | null) =>
  v === null ? '—' : Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : String(+v.toPrecision(4));

/** The file's first rows, with each column's detected type. */
export function TablePreview({ table }: { table: TableSummary }) {
  const { file, preview } = table;
  const columns = table.columns.slice(0, MAX_PREVIEW_COLUMNS);
  const hidden = table.columns.length - columns.length;
  const notes = [
    ...(table.encodingNote ? [table.encodingNote] : []),
    ...nonFiniteNotes(table.columns),
  ];
  return (
    <div className="table-preview">
      <p className="help">
        {file.name}: {file.rows.toLocaleString('en-US')} rows ×{' '}
        {table.columns.length.toLocaleString('en-US')} columns, {formatBytes(table.bytes)}
        {table.headerless && '. The first row held only numbers, so it was read as data.'}
        {hidden > 0 &&
          `. The preview shows the first ${MAX_PREVIEW_COLUMNS} columns; ${hidden.toLocaleString('en-US')} more are not shown.`}
      </p>
      {notes.length > 0 && (
        <ul className="table-notes" aria-label={`Notes on reading ${file.name}`}>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="scroll-x">
        <table aria-label={`First rows of ${file.name}`}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.name} scope="col">
                  {c.name}
                  <small className={`col-type ${c.type}`} data-testid="column-type">
                    {TYPE_LABEL[c.type]}
                  </small>
                  <small className="col-note">{typeNote(c)}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, i) => (
              <tr key={i}>
                {row.slice(0, MAX_PREVIEW_COLUMNS).map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
