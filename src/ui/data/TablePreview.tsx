import { MAX_CATEGORIES, type ColumnSummary, type TableSummary } from '../../core/data/table';
import { formatBytes } from '../../core/format';

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
  const { file, columns, preview } = table;
  return (
    <div className="table-preview">
      <p className="help">
        {file.name}: {file.rows.toLocaleString('en-US')} rows × {columns.length} columns,{' '}
        {formatBytes(table.bytes)}
        {table.headerless && '. The first row held only numbers, so it was read as data.'}
      </p>
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
                {row.map((cell, j) => (
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
