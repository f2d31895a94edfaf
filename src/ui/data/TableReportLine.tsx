import { useStore } from '../../store/store';

const n = (v: number) => v.toLocaleString('en-US');
const rows = (v: number) => `${n(v)} row${v === 1 ? '' : 's'}`;

/** What building the table did: rows used, dropped or filled, and the class of each label value. */
export function TableReportLine() {
  const report = useStore((s) => s.tableReport);
  if (!report) return null;
  const notes: string[] = [];
  if (report.droppedNoLabel > 0)
    notes.push(`${rows(report.droppedNoLabel)} without a label dropped`);
  if (report.droppedMissing > 0)
    notes.push(`${rows(report.droppedMissing)} with missing values dropped`);
  if (report.filledCells > 0) {
    notes.push(`${n(report.filledCells)} missing values filled in ${rows(report.filledRows)}`);
  }
  return (
    <div className="table-report" data-testid="table-report">
      <p>
        Using {rows(report.used)} of {n(report.rows)}, {n(report.inputs)} inputs each
        {notes.length > 0 ? `: ${notes.join('; ')}.` : '; no missing values.'}
      </p>
      {report.classValues.length > 0 && (
        <p aria-label="Class mapping">
          Classes: {report.classValues.map((v, i) => `${v} → ${i}`).join(', ')}
        </p>
      )}
    </div>
  );
}
