import { batchHistoryCsv, epochHistoryCsv } from '../../core/charts/history-csv';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { downloadBlob } from '../common/download';

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** Download the training history as CSV, per epoch or per batch. Reads the records only on click. */
export function HistoryExport() {
  const { t } = useTranslation('charts');
  const epochs = useStore((s) => s.history.length);
  const batches = useStore((s) => s.batchHistory.length);
  const save = (per: 'epoch' | 'batch') => {
    const s = useStore.getState();
    const task = s.dataset.task.kind;
    const text =
      per === 'epoch' ? epochHistoryCsv(s.history, task) : batchHistoryCsv(s.batchHistory, task);
    downloadBlob(`training-history-${per === 'epoch' ? 'epochs' : 'batches'}.csv`, csvBlob(text));
  };
  return (
    <div className="chart-export" role="group" aria-label={t('export.label')}>
      <span>{t('export.lead')}</span>
      <button type="button" disabled={epochs === 0} onClick={() => save('epoch')}>
        {t('export.perEpoch')}
      </button>
      <button type="button" disabled={batches === 0} onClick={() => save('batch')}>
        {t('export.perBatch')}
      </button>
    </div>
  );
}
