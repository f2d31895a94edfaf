import { batchHistoryCsv, epochHistoryCsv } from '../../core/charts/history-csv';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { downloadBlob } from '../common/download';

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** Download the training history as CSV, per epoch or per batch. Reads the records only on click. */
export function HistoryExport() {
  const { t } = useTranslation('charts');
  // Whether there is anything to save, not how much: no redraw per epoch.
  const hasEpochs = useStore((s) => s.history.length > 0);
  const hasBatches = useStore((s) => s.batchHistory.length > 0);
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
      <button type="button" disabled={!hasEpochs} onClick={() => save('epoch')}>
        {t('export.perEpoch')}
      </button>
      <button type="button" disabled={!hasBatches} onClick={() => save('batch')}>
        {t('export.perBatch')}
      </button>
    </div>
  );
}
