/**
 * Predict one row of a table: one field per input column in original
 * units (numbers with the training range as a hint, categories as a
 * select), prefilled with the training data's median or most common value.
 * The action checks the row, applies the stored fills, one-hot encoding
 * and scaling, and predicts (store/actions/predict.ts).
 */
import { useEffect, useState } from 'react';
import { fieldProblem, type FormField } from '../../core/data/predict-form';
import type { Dataset } from '../../core/data/dataset';
import { isTable } from '../../core/data/dataset-spec';
import { formatInt } from '../../core/format';
import { Trans, useTranslation } from '../../i18n/react';
import { datasetFormFields, predictRecord } from '../../store/actions/predict';
import { useNextTask } from '../common/use-next-task';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { PredictionOutput, topOf } from './PredictionOutput';

const initialValues = (fields: readonly FormField[]) =>
  Object.fromEntries(fields.map((f) => [f.name, f.initial]));

const rangeText = (f: FormField) =>
  f.kind === 'numeric' && f.min !== null && f.max !== null ? `${f.min} – ${f.max}` : '';

/** How long after new data the form follows (ms): after the data panel's own redraw. */
const FORM_DELAY_MS = 150;

/** Inputs drawn at most; the rest of a wide table's keep their typical values. */
const MAX_FIELDS = 40;

export function TabularForm({ blocked }: { blocked: boolean }) {
  // Late: a long table's typical values are worked out after the data and its scatter are shown.
  const dataset = useNextTask(
    useStore((s) => s.dataset),
    FORM_DELAY_MS,
  );
  return dataset ? <FormFor dataset={dataset} blocked={blocked} /> : null;
}

function FormFor({ dataset, blocked }: { dataset: Dataset; blocked: boolean }) {
  const { t } = useTranslation('predict');
  const target = useStore((s) => (isTable(s.datasetSpec) ? s.datasetSpec.label : 'target'));
  const model = useStore((s) => s.model);
  const prediction = useStore((s) => s.recordPrediction);
  const fields = datasetFormFields(dataset);
  // The row last asked for: predicted on Predict, and again for a new or retrained model.
  const [asked, setAsked] = useState<Record<string, string> | null>(null);
  const [form, setForm] = useState(() => ({ fields, values: initialValues(fields) }));
  // New data (other columns or ranges): start again from its typical values.
  if (form.fields !== fields) {
    setForm({ fields, values: initialValues(fields) });
    setAsked(null);
  }
  const values = form.fields === fields ? form.values : initialValues(fields);
  const set = (name: string, v: string) =>
    setForm((f) => ({ ...f, values: { ...f.values, [name]: v } }));

  useEffect(() => {
    if (asked && model && !blocked) void predictRecord(asked);
  }, [asked, model, blocked]);

  const shown = prediction && prediction.model === model && !blocked ? prediction : null;
  if (fields.length === 0) return null;
  return (
    <div className="tabular-form">
      <h3>{t('row.title')}</h3>
      <form
        aria-label={t('row.title')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ ...values });
        }}
      >
        <div className="form-grid">
          {fields.slice(0, MAX_FIELDS).map((f, i) => {
            const id = `predict-field-${i}`;
            if (f.kind !== 'numeric')
              return (
                <ChoiceField
                  key={f.name}
                  id={id}
                  label={f.name}
                  value={values[f.name] ?? ''}
                  options={f.categories.map((c) => ({ id: c, label: c }))}
                  help={t('row.categories', { n: f.categories.length })}
                  onChange={(v) => set(f.name, v)}
                />
              );
            const problem = fieldProblem(f, values[f.name]);
            return (
              <div className="field" key={f.name}>
                <label htmlFor={id} translate="no">
                  {f.name}
                </label>
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[f.name] ?? ''}
                  placeholder={rangeText(f)}
                  aria-invalid={problem !== null}
                  aria-describedby={`${id}-hint`}
                  onChange={(e) => set(f.name, e.target.value)}
                />
                <p className="help" id={`${id}-hint`}>
                  {rangeText(f) && t('row.range', { range: rangeText(f) })}
                </p>
              </div>
            );
          })}
        </div>
        {fields.length > MAX_FIELDS && (
          <p className="help" data-testid="predict-fields-more">
            {t('row.more', {
              shown: MAX_FIELDS,
              total: formatInt(fields.length),
              rest: formatInt(fields.length - MAX_FIELDS),
            })}
          </p>
        )}
        <div className="row">
          <button type="submit" disabled={blocked}>
            {t('row.predict')}
          </button>
          <button type="button" onClick={() => setForm({ fields, values: initialValues(fields) })}>
            {t('row.reset')}
          </button>
        </div>
      </form>
      <p className="help">{t('row.units')}</p>
      {shown?.error && (
        <p className="notice error" role="alert" data-testid="record-error">
          {shown.error}
        </p>
      )}
      {shown?.values && (
        <>
          <p className="predict-top" data-testid="record-top">
            <Trans
              t={t}
              i18nKey="row.predicted"
              values={{ target, top: topOf(dataset.task, shown.values) }}
              components={{ name: <span translate="no" />, top: <span translate="no" /> }}
            />
          </p>
          <PredictionOutput
            task={dataset.task}
            values={shown.values}
            label={t('row.output')}
            testId="record-prediction"
          />
        </>
      )}
    </div>
  );
}
