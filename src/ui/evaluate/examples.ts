/**
 * Reading test samples back for display: the image size of image data, and
 * table rows in the units the user knows (the dataset's scaling undone). Pure.
 */
import type { Dataset } from '../../core/data/dataset';

/** Height and width of one image for [h, w, 1] inputs; null for other data. */
export function imageSize(ds: Pick<Dataset, 'inputShape'>): { h: number; w: number } | null {
  const [h, w, c] = ds.inputShape;
  return ds.inputShape.length === 3 && c === 1 && h && w ? { h, w } : null;
}

/** Values per sample. */
export const perSample = (ds: Pick<Dataset, 'inputShape'>): number =>
  ds.inputShape.reduce((a, b) => a * b, 1);

/**
 * One test sample's inputs in original units: x = x'·scale + offset.
 * @returns [f] numbers
 */
export function originalInputs(ds: Dataset, i: number): number[] {
  const f = perSample(ds);
  const row = Array.from(ds.test.x.subarray(i * f, i * f + f));
  const s = ds.scaling;
  return s ? row.map((v, j) => v * (s.scale[j] ?? 1) + (s.offset[j] ?? 0)) : row;
}

/** Column names for the inputs: the dataset's, or x1, x2, … where it has none. */
export function inputNames(ds: Dataset): string[] {
  const f = perSample(ds);
  return Array.from({ length: f }, (_, j) => ds.featureNames[j] ?? `x${j + 1}`);
}

/** A value for a table cell: up to 4 significant decimals, no trailing zeros. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(5)));
}
