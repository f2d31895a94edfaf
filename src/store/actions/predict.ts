/**
 * Predicting on new inputs with the current model: a point of the 2-D
 * plane, a drawn digit, one table row typed into a form, and a CSV of
 * inputs (batch). Each checks first that the model fits the current data,
 * encodes the inputs the way the training data was (core/), and asks the
 * engine for plain numbers; results are written into the store with the
 * model they came from.
 */
import { inputSize, type Dataset } from '../../core/data/dataset';
import { isSynthetic, isTable } from '../../core/data/dataset-spec';
import { checkForm, formFields, type FormField } from '../../core/data/predict-form';
import { encodeRecords } from '../../core/data/table-encode';
import {
  BATCH_CHUNK,
  BATCH_MAX_BYTES,
  batchOutputCsv,
  describeRowErrors,
  encodeBatch,
  parseBatchCsv,
  predictionsFileName,
} from '../../core/io/batch-predict';
import { formatBytes, formatInt } from '../../core/format';
import { t } from '../../i18n';
import { engineApi } from '../engine-ref';
import { selectPredictProblem } from '../slices/predict-slice';
import { useStore } from '../store';

export { selectPredictProblem } from '../slices/predict-slice';

/** Model outputs for n inputs of the current data's shape, one array per input. */
async function predictRows(x: Float32Array, ds: Dataset): Promise<number[][]> {
  const out = await engineApi().predict(x, ds.inputShape);
  const n = x.length / inputSize(ds);
  const k = out.length / n;
  return Array.from({ length: n }, (_, i) => Array.from(out.subarray(i * k, i * k + k)));
}

// ---- A point of the 2-D plane ---------------------------------------------

/** Move the probe point (a typed coordinate) without predicting yet. */
export function setProbe(patch: Partial<{ x: number; y: number }>): void {
  useStore.getState().setProbe(patch);
}

/** Set the probe point and predict there. */
export async function predictAt(x: number, y: number): Promise<void> {
  setProbe({ x, y });
  await predictProbe();
}

/** Predict at the probe point (2-D sets only; elsewhere it clears the point's output). */
export async function predictProbe(): Promise<void> {
  const s = useStore.getState();
  const { model, probe } = s;
  if (!model || !isSynthetic(s.datasetSpec)) {
    useStore.setState({ probeOutput: null, probeError: null });
    return;
  }
  const problem = selectPredictProblem(s);
  if (problem) {
    useStore.setState({ probeOutput: null, probeError: problem });
    return;
  }
  if (!Number.isFinite(probe.x) || !Number.isFinite(probe.y)) {
    useStore.setState({ probeOutput: null, probeError: t('predict:point.needNumbers') });
    return;
  }
  try {
    const [values] = await predictRows(new Float32Array([probe.x, probe.y]), s.dataset);
    useStore.setState({ probeOutput: { ...probe, values: values ?? [] }, probeError: null });
  } catch (e) {
    useStore.setState({ probeOutput: null, probeError: (e as Error).message });
  }
}

// ---- A drawn digit ----------------------------------------------------------

/**
 * Predict the digit drawn: pixels [28 × 28] in [0, 1] (null: nothing drawn,
 * which clears the prediction). At most one prediction is in flight; calls
 * made meanwhile collapse into one made with the latest pixels.
 */
export async function predictDigit(pixels: Float32Array | null): Promise<void> {
  const queue = () => useStore.getState().digitQueue;
  const setQueue = (digitQueue: ReturnType<typeof queue>) => useStore.setState({ digitQueue });
  if (queue().busy) {
    setQueue({ busy: true, next: { pixels } });
    return;
  }
  setQueue({ busy: true, next: null });
  try {
    let next: Float32Array | null = pixels;
    for (;;) {
      await predictDigitNow(next);
      const waiting = queue().next;
      if (!waiting) break;
      next = waiting.pixels;
      setQueue({ busy: true, next: null });
    }
  } finally {
    setQueue({ busy: false, next: null });
  }
}

async function predictDigitNow(pixels: Float32Array | null): Promise<void> {
  const s = useStore.getState();
  if (!s.model || !pixels) {
    useStore.setState({ digitPrediction: null });
    return;
  }
  const model = s.model;
  const error = selectPredictProblem(s);
  if (error) {
    useStore.setState({ digitPrediction: { model, values: null, error } });
    return;
  }
  try {
    const [values] = await predictRows(pixels, s.dataset);
    useStore.setState({ digitPrediction: { model, values: values ?? [], error: null } });
  } catch (e) {
    useStore.setState({ digitPrediction: { model, values: null, error: (e as Error).message } });
  }
}

// ---- One table row -----------------------------------------------------------

const fieldsOf = new WeakMap<Dataset, FormField[]>();

/** The form fields of a table dataset (computed once per dataset). */
export function datasetFormFields(ds: Dataset): FormField[] {
  let fields = fieldsOf.get(ds);
  if (!fields) {
    fields = formFields(ds);
    fieldsOf.set(ds, fields);
  }
  return fields;
}

/** Predict one table row given in original units, as column name → text. */
export async function predictRecord(values: Readonly<Record<string, string>>): Promise<void> {
  const s = useStore.getState();
  if (!s.model) {
    useStore.setState({ recordPrediction: null });
    return;
  }
  const model = s.model;
  const fail = (error: string) =>
    useStore.setState({ recordPrediction: { model, values: null, error } });
  const problem = selectPredictProblem(s);
  if (problem) return fail(problem);
  const row = checkForm(datasetFormFields(s.dataset), values);
  if (!row.ok) return fail(row.error);
  const x = encodeRecords(s.dataset, [row.value]);
  if (!x.ok) return fail(x.error);
  try {
    const [out] = await predictRows(x.value, s.dataset);
    useStore.setState({ recordPrediction: { model, values: out ?? [], error: null } });
  } catch (e) {
    fail((e as Error).message);
  }
}

// ---- A CSV of inputs ----------------------------------------------------------

/** Read a CSV of inputs, predict every row and keep the CSV with prediction columns. */
export async function batchPredict(file: File): Promise<void> {
  const s = useStore.getState();
  const fileName = predictionsFileName(file.name);
  const model = s.model;
  const fail = (error: string) =>
    useStore.setState({
      batchPrediction: { model, fileName, csv: null, summary: null, error },
      batchBusy: false,
    });
  const problem = selectPredictProblem(s);
  if (problem) return fail(problem);
  if (!isTable(s.datasetSpec) && !isSynthetic(s.datasetSpec))
    return fail(t('predict:batch.digits'));
  if (file.size > BATCH_MAX_BYTES)
    return fail(
      t('predict:batch.tooBig', {
        file: file.name,
        size: formatBytes(file.size),
        max: formatBytes(BATCH_MAX_BYTES),
      }),
    );
  useStore.setState({ batchBusy: true, batchPrediction: null });
  try {
    const table = parseBatchCsv(await file.text(), file.name);
    if (!table.ok) return fail(table.error);
    const ds = s.dataset;
    const enc = encodeBatch(ds, table.value);
    if (!enc.ok) return fail(enc.error);
    const { x, used, errors } = enc.value;
    if (used.length === 0)
      return fail(t('predict:batch.noRow', { file: file.name, errors: describeRowErrors(errors) }));
    const per = x.length / used.length;
    const parts: Float32Array[] = [];
    for (let i = 0; i < used.length; i += BATCH_CHUNK) {
      const chunk = x.subarray(i * per, Math.min(used.length, i + BATCH_CHUNK) * per);
      parts.push(await engineApi().predict(chunk, ds.inputShape));
    }
    const values = concat(parts);
    const target = isTable(s.datasetSpec) ? s.datasetSpec.label : 'class';
    const csv = batchOutputCsv(table.value, enc.value, values, ds.task, target);
    const total = table.value.rows.length;
    useStore.setState({
      batchPrediction: {
        model,
        fileName,
        csv,
        summary:
          errors.length === 0
            ? t('predict:batch.predicted', { count: total, total: formatInt(total) })
            : t('predict:batch.predictedSome', {
                used: formatInt(used.length),
                total: formatInt(total),
              }),
        error:
          errors.length === 0
            ? null
            : t('predict:batch.rowsFailed', {
                count: errors.length,
                failed: formatInt(errors.length),
                errors: describeRowErrors(errors),
              }),
      },
      batchBusy: false,
    });
  } catch (e) {
    fail(t('predict:batch.failed', { error: (e as Error).message }));
  }
}

function concat(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
