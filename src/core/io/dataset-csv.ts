/**
 * A dataset's splits as CSV, for training the same network elsewhere (the
 * Keras export). One row per sample: the input values flattened row-major,
 * then the target (the class index, or one column per regression target).
 */
import { inputSize, type DataPart, type Dataset, type Task } from '../data/dataset';

export const SPLITS = ['train', 'validation', 'test'] as const;

/** A CSV/Python-friendly column name: "x₁" -> "x1", "petal length" -> "petal_length". */
export function columnName(label: string, fallback: string): string {
  const ascii = label
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ascii || fallback;
}

/** Header names: one per input value, then the target column(s). */
export function csvColumns(ds: Pick<Dataset, 'inputShape' | 'featureNames' | 'task'>): string[] {
  const n = inputSize(ds);
  const features =
    ds.featureNames.length === n
      ? ds.featureNames.map((f, i) => columnName(f, `x${i}`))
      : Array.from({ length: n }, (_, i) => `x${i}`);
  return [...features, ...targetColumns(ds.task)];
}

/** The target column names of a task. */
function targetColumns(task: Task): string[] {
  return task.kind === 'classification'
    ? ['label']
    : task.targetNames.map((t, i) => columnName(t, `y${i}`));
}

/** Shortest text that reads back as the same float32. */
const num = (v: number): string => (Number.isInteger(v) ? String(v) : String(+v.toPrecision(9)));

/**
 * One split as CSV text (header line, then one line per sample, "\n" endings).
 * @param part x: [n, ...inputShape] float32; y: [n] class index or [n, targets]
 */
export function partToCsv(
  ds: Pick<Dataset, 'inputShape' | 'featureNames' | 'task'>,
  part: DataPart,
): string {
  const f = inputSize(ds);
  const t = ds.task.kind === 'classification' ? 1 : ds.task.targetNames.length;
  const lines = [csvColumns(ds).join(',')];
  for (let i = 0; i < part.n; i++) {
    const row: string[] = [];
    for (let j = 0; j < f; j++) row.push(num(part.x[i * f + j] as number));
    for (let j = 0; j < t; j++) row.push(num(part.y[i * t + j] as number));
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}
