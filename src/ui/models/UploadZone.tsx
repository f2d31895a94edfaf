import { useState, type DragEvent } from 'react';
import { uploadModel } from '../../store/actions/model-files';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';
import { LabelRow } from '../learn/LabelRow';
import { useTranslation } from '../../i18n/react';

/**
 * Upload model.json with its weight files, or a .zip bundle: pick them, or
 * drop them on the zone. Everything is checked before the engine sees it.
 */
export function UploadZone() {
  const { t } = useTranslation('models');
  const busy = useStore((s) => s.modelsBusy);
  const running = useStore(selectIsRunning);
  const [over, setOver] = useState(false);
  const off = running || busy;
  const accept = (e: DragEvent) => {
    if (off || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    setOver(true);
  };
  return (
    <div
      className={`upload-zone${over ? ' over' : ''}`}
      data-testid="upload-zone"
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer.files);
        if (!off && files.length) void uploadModel(files);
      }}
    >
      <LabelRow explain="loading">
        <label htmlFor="model-upload">{t('upload.label')}</label>
      </LabelRow>
      <input
        id="model-upload"
        type="file"
        multiple
        accept=".json,.bin,.zip,application/json,application/octet-stream,application/zip"
        disabled={off}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) void uploadModel(files);
        }}
      />
      <p className="help">{t('upload.help')}</p>
    </div>
  );
}
