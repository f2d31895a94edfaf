import { useState } from 'react';
import { CSV_MAX_BYTES } from '../../core/data/csv-checks';
import { formatBytes } from '../../core/format';
import { uploadCsv } from '../../store/actions/data';
import { useTranslation } from '../../i18n/react';

/** Drop a CSV file here, or pick one. Files are read in the data worker. */
export function CsvUpload() {
  const { t } = useTranslation('data');
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void uploadCsv(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      data-testid="csv-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <label className="button-like" htmlFor="csv-file">
        {t('upload.button')}
      </label>
      <input
        id="csv-file"
        className="visually-hidden"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        onChange={(e) => {
          take(e.target.files);
          // Picking the same file again should read it again.
          e.target.value = '';
        }}
      />
      <span className="help">{t('upload.help', { size: formatBytes(CSV_MAX_BYTES) })}</span>
    </div>
  );
}
