import { MISSING_POLICIES, SCALING_METHODS, type TableSpec } from '../../core/data/dataset-spec';
import type { TableSummary } from '../../core/data/table';
import { allowedTasks, taskHint, usable } from '../../core/data/table-choice';
import { setTableLabel, setTableSpec } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { FeaturePicker } from './FeaturePicker';
import { TableReportLine } from './TableReportLine';

const TASKS = [
  { id: 'classification', label: 'Classification' },
  { id: 'regression', label: 'Regression' },
] as const;

const WHY_NOT: Record<string, string> = {
  text: 'free text',
  empty: 'empty',
};

/** Label, features, task, missing values and scaling of a table. */
export function TableSetup({ spec, table }: { spec: TableSpec; table: TableSummary }) {
  const draft = useStore((s) => (s.tableDraft?.base === s.datasetSpec ? s.tableDraft : null));
  const label = table.columns.find((c) => c.name === spec.label);
  const tasks = allowedTasks(label);
  const hint = taskHint(label, spec.task);
  return (
    <div className={`table-setup${draft ? ' refused' : ''}`}>
      <h3>
        Columns of {table.file.name}
        {draft && <small> (not in use)</small>}
      </h3>
      <div className="row">
        <ChoiceField
          id="table-label"
          label="Label column"
          value={spec.label}
          help="What the network predicts."
          options={table.columns.map((c) => ({
            id: c.name,
            label: usable(c) ? c.name : `${c.name} (${WHY_NOT[c.type]})`,
            disabled: !usable(c),
          }))}
          onChange={setTableLabel}
        />
        <ChoiceField<TableSpec['task']>
          id="table-task"
          label="Task"
          value={spec.task}
          help={
            hint ?? (tasks.length === 1 ? 'A text label can only be predicted as classes.' : null)
          }
          options={TASKS.map((t) => ({ ...t, disabled: !tasks.includes(t.id) }))}
          onChange={(task) => setTableSpec({ task })}
        />
      </div>
      <FeaturePicker spec={spec} columns={table.columns} />
      <div className="row">
        <ChoiceField
          id="table-missing"
          label="Missing values"
          value={spec.missing}
          options={MISSING_POLICIES}
          onChange={(missing) => setTableSpec({ missing })}
        />
        <ChoiceField
          id="table-scaling"
          label="Scaling"
          value={spec.scaling}
          options={SCALING_METHODS}
          onChange={(scaling) => setTableSpec({ scaling })}
        />
      </div>
      {draft ? (
        <p className="notice error" role="alert" data-testid="table-error">
          {draft.error} The data in use has not changed.
        </p>
      ) : (
        <TableReportLine />
      )}
    </div>
  );
}
