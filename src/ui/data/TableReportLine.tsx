import { formatInt } from '../../core/format';
import { Trans, useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';

/** What building the table did: rows used, dropped or filled, and the class of each label value. */
export function TableReportLine() {
  const { t } = useTranslation('data');
  const report = useStore((s) => s.tableReport);
  if (!report) return null;
  const rows = (count: number) => ({ count, n: formatInt(count) });
  const notes: string[] = [];
  if (report.droppedNoLabel > 0) notes.push(t('report.noLabel', rows(report.droppedNoLabel)));
  if (report.droppedMissing > 0) notes.push(t('report.dropped', rows(report.droppedMissing)));
  if (report.filledCells > 0) {
    notes.push(
      t('report.filled', { ...rows(report.filledRows), cells: formatInt(report.filledCells) }),
    );
  }
  return (
    <div className="table-report" data-testid="table-report">
      <p>
        {t('report.using', {
          ...rows(report.used),
          total: formatInt(report.rows),
          inputs: formatInt(report.inputs),
        })}
        {notes.length > 0
          ? t('report.notes', { notes: notes.join(t('report.separator')) })
          : t('report.noMissing')}
      </p>
      {report.classValues.length > 0 && (
        <p aria-label={t('report.mapping')}>
          <Trans
            t={t}
            i18nKey="report.classes"
            values={{ mapping: report.classValues.map((v, i) => `${v} → ${i}`).join(', ') }}
            components={{ values: <span translate="no" /> }}
          />
        </p>
      )}
    </div>
  );
}
