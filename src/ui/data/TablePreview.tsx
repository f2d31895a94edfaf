import type { TFunction } from 'i18next';
import { MAX_CATEGORIES, type ColumnSummary, type TableSummary } from '../../core/data/table';
import { nonFiniteNotes } from '../../core/data/table-notes';
import { formatBytes, formatInt, formatNumber } from '../../core/format';
import { Trans, useTranslation } from '../../i18n/react';

/** Columns of the preview drawn at most; the rest are counted. */
const MAX_PREVIEW_COLUMNS = 20;

function typeNote(t: TFunction<'data'>, c: ColumnSummary): string {
  const missing = c.missing > 0 ? t('preview.missing', { n: formatInt(c.missing) }) : '';
  if (c.type === 'numeric') {
    const range = `${fmt(c.min)}–${fmt(c.max)}`;
    return `${range}${missing}`;
  }
  if (c.type === 'categorical') {
    return `${t('preview.categories', { count: c.distinct })}${missing}`;
  }
  if (c.type === 'text') return `${t('preview.over', { max: MAX_CATEGORIES })}${missing}`;
  return t('preview.allMissing');
}

const fmt = (v: number | null) =>
  v === null ? '—' : Math.abs(v) >= 1000 ? formatNumber(v) : String(+v.toPrecision(4));

/** The file's first rows, with each column's detected type. */
export function TablePreview({ table }: { table: TableSummary }) {
  const { t } = useTranslation('data');
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
        <Trans
          t={t}
          i18nKey="preview.summary"
          values={{
            name: file.name,
            rows: formatInt(file.rows),
            columns: formatInt(table.columns.length),
            size: formatBytes(table.bytes),
          }}
          components={{ file: <span translate="no" /> }}
        />
        {table.headerless && t('preview.headerless')}
        {hidden > 0 && t('preview.hidden', { max: MAX_PREVIEW_COLUMNS, n: formatInt(hidden) })}
      </p>
      {notes.length > 0 && (
        <ul className="table-notes" aria-label={t('preview.notes', { name: file.name })}>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="scroll-x">
        <table aria-label={t('preview.firstRows', { name: file.name })}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.name} scope="col">
                  <span translate="no">{c.name}</span>
                  <small className={`col-type ${c.type}`} data-testid="column-type">
                    {t(`types.${c.type}`)}
                  </small>
                  <small className="col-note">{typeNote(t, c)}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody translate="no">
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
