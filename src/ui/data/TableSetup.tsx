import {
  MISSING_POLICIES,
  SCALING_METHODS,
  type MissingPolicy,
  type ScalingMethod,
  type TableSpec,
} from '../../core/data/dataset-spec';
import type { TableSummary } from '../../core/data/table';
import { allowedTasks, taskHint, usable } from '../../core/data/table-choice';
import { setTableLabel, setTableSpec } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { Field } from '../common/Panel';
import { TableReportLine } from './TableReportLine';

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
  const toggle = (name: string, on: boolean) => {
    const chosen = new Set(spec.features);
    if (on) chosen.add(name);
    else chosen.delete(name);
    setTableSpec({ features: table.columns.map((c) => c.name).filter((n) => chosen.has(n)) });
  };
  return (
    <div className={`table-setup${draft ? ' refused' : ''}`}>
      <h3>
        Columns of {table.file.name}
        {draft && <small> (not in use)</small>}
      </h3>
      <div className="row">
        <Field label="Label column" htmlFor="table-label" help="What the network predicts.">
          <select
            id="table-label"
            value={spec.label}
            onChange={(e) => setTableLabel(e.target.value)}
          >
            {table.columns.map((c) => (
              <option key={c.name} value={c.name} disabled={!usable(c)}>
                {c.name}
                {!usable(c) && ` (${WHY_NOT[c.type]})`}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Task"
          htmlFor="table-task"
          help={
            hint ??
            (tasks.length === 1 ? 'A text label can only be predicted as classes.' : undefined)
          }
        >
          <select
            id="table-task"
            value={spec.task}
            onChange={(e) => setTableSpec({ task: e.target.value as TableSpec['task'] })}
          >
            <option value="classification" disabled={!tasks.includes('classification')}>
              Classification
            </option>
            <option value="regression" disabled={!tasks.includes('regression')}>
              Regression
            </option>
          </select>
        </Field>
      </div>
      <fieldset className="features">
        <legend>Feature columns</legend>
        {table.columns
          .filter((c) => c.name !== spec.label)
          .map((c) => (
            <label key={c.name} className={usable(c) ? undefined : 'unusable'}>
              <input
                type="checkbox"
                checked={spec.features.includes(c.name)}
                disabled={!usable(c)}
                onChange={(e) => toggle(c.name, e.target.checked)}
              />{' '}
              {c.name}
              {c.type === 'categorical' && <small> (one-hot)</small>}
              {!usable(c) && <small> ({WHY_NOT[c.type]})</small>}
            </label>
          ))}
      </fieldset>
      <div className="row">
        <Field
          label="Missing values"
          htmlFor="table-missing"
          help={MISSING_POLICIES.find((m) => m.id === spec.missing)?.help}
        >
          <select
            id="table-missing"
            value={spec.missing}
            onChange={(e) => setTableSpec({ missing: e.target.value as MissingPolicy })}
          >
            {MISSING_POLICIES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Scaling"
          htmlFor="table-scaling"
          help={SCALING_METHODS.find((m) => m.id === spec.scaling)?.help}
        >
          <select
            id="table-scaling"
            value={spec.scaling}
            onChange={(e) => setTableSpec({ scaling: e.target.value as ScalingMethod })}
          >
            {SCALING_METHODS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </Field>
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
