/**
 * Batch prediction: upload (pick or drop) a CSV of inputs, get it back
 * with prediction columns appended, as a download. Reading, checking and
 * writing the file is core/io/batch-predict.ts; predicting is
 * store/actions/predict.ts.
 */
import { useState } from 'react';
import { isTable } from '../../core/data/dataset-spec';
import { batchInputNames, predictionColumns } from '../../core/io/batch-predict';
import { Trans, useTranslation } from '../../i18n/react';
import { batchPredict } from '../../store/actions/predict';
import { useStore } from '../../store/store';
import { downloadBlob } from '../common/download';

export function BatchPredict({ blocked }: { blocked: boolean }) {
  const { t } = useTranslation('predict');
  const dataset = useStore((s) => s.dataset);
  const target = useStore((s) => (isTable(s.datasetSpec) ? s.datasetSpec.label : 'class'));
  const model = useStore((s) => s.model);
  const result = useStore((s) => s.batchPrediction);
  const busy = useStore((s) => s.batchBusy);
  const [over, setOver] = useState(false);
  const shown = result && (result.model === model || result.csv === null) ? result : null;
  const run = (file: File | undefined) => {
    if (file && !busy) void batchPredict(file);
  };
  const needs = batchInputNames(dataset);
  const adds = predictionColumns(dataset.task, target);
  return (
    <div className="batch-predict">
      <h3>{t('batch.title')}</h3>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          // When blocked, the action says why (no model, other data).
          run(e.dataTransfer.files[0]);
        }}
      >
        <label htmlFor="batch-file">{t('batch.file')}</label>
        <input
          id="batch-file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          disabled={blocked || busy}
          aria-describedby="batch-help"
          onChange={(e) => {
            run(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className="help" id="batch-help">
          <Trans
            t={t}
            i18nKey={
              adds.length > 3
                ? 'batch.helpClasses'
                : adds.length === 1
                  ? 'batch.helpOne'
                  : 'batch.helpSome'
            }
            values={{ needs: needs.join(', '), first: adds[0] ?? '', adds: adds.join(', ') }}
            components={{ cols: <span translate="no" /> }}
          />
        </p>
      </div>
      {busy && (
        <p role="status" className="help">
          {t('batch.predicting')}
        </p>
      )}
      {shown?.summary && (
        <p role="status" data-testid="batch-summary">
          {shown.summary}
        </p>
      )}
      {shown?.error && (
        <p className="notice error" role="alert" data-testid="batch-error">
          {shown.error}
        </p>
      )}
      {shown?.csv && (
        <button
          type="button"
          onClick={() =>
            shown.csv &&
            downloadBlob(shown.fileName, new Blob([shown.csv], { type: 'text/csv;charset=utf-8' }))
          }
        >
          <Trans
            t={t}
            i18nKey="batch.download"
            values={{ file: shown.fileName }}
            components={{ file: <span translate="no" /> }}
          />
        </button>
      )}
    </div>
  );
}
