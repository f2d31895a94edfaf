import { MISSING_POLICIES, SCALING_METHODS, type TableSpec } from '../../core/data/dataset-spec';
import type { TableSummary } from '../../core/data/table';
import { allowedTasks, taskHint, usable } from '../../core/data/table-choice';
import { Trans, useTranslation } from '../../i18n/react';
import { setTableLabel, setTableSpec } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { FeaturePicker } from './FeaturePicker';
import { TableReportLine } from './TableReportLine';

const TASKS = ['classification', 'regression'] as const;

/** Label, features, task, missing values and scaling of a table. */
export function TableSetup({ spec, table }: { spec: TableSpec; table: TableSummary }) {
  const { t } = useTranslation('data');
  const draft = useStore((s) => (s.tableDraft?.base === s.datasetSpec ? s.tableDraft : null));
  const label = table.columns.find((c) => c.name === spec.label);
  const tasks = allowedTasks(label);
  const hint = taskHint(label, spec.task);
  return (
    <div className={`table-setup${draft ? ' refused' : ''}`}>
      <h3>
        <Trans
          t={t}
          i18nKey="table.columnsOf"
          values={{ name: table.file.name }}
          components={{ file: <span translate="no" /> }}
        />
        {draft && <small> {t('table.notInUse')}</small>}
      </h3>
      <div className="row">
        <ChoiceField
          id="table-label"
          label={t('table.label')}
          value={spec.label}
          help={t('table.labelHelp')}
          options={table.columns.map((c) => ({
            id: c.name,
            label: usable(c)
              ? c.name
              : t('table.unusable', {
                  name: c.name,
                  why: t(c.type === 'empty' ? 'why.empty' : 'why.text'),
                }),
            disabled: !usable(c),
          }))}
          onChange={setTableLabel}
        />
        <ChoiceField<TableSpec['task']>
          id="table-task"
          label={t('table.task')}
          value={spec.task}
          help={hint ?? (tasks.length === 1 ? t('table.onlyClasses') : null)}
          options={TASKS.map((id) => ({
            id,
            label: t(`table.${id}`),
            disabled: !tasks.includes(id),
          }))}
          onChange={(task) => setTableSpec({ task })}
        />
      </div>
      <FeaturePicker spec={spec} columns={table.columns} />
      <div className="row">
        <ChoiceField
          id="table-missing"
          label={t('table.missing')}
          value={spec.missing}
          options={MISSING_POLICIES.map(({ id }) => ({
            id,
            label: t(`missing.${id}.label`),
            help: t(`missing.${id}.help`),
          }))}
          onChange={(missing) => setTableSpec({ missing })}
        />
        <ChoiceField
          id="table-scaling"
          label={t('table.scaling')}
          value={spec.scaling}
          options={SCALING_METHODS.map(({ id }) => ({
            id,
            label: t(`scaling.${id}.label`),
            help: t(`scaling.${id}.help`),
          }))}
          onChange={(scaling) => setTableSpec({ scaling })}
        />
      </div>
      {draft ? (
        <p className="notice error" role="alert" data-testid="table-error">
          {t('table.refused', { error: draft.error })}
        </p>
      ) : (
        <TableReportLine />
      )}
    </div>
  );
}
