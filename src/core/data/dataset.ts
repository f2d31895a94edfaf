/**
 * A materialised dataset: the spec turned into numbers, split three ways.
 * This is what the engine turns into tensors and the UI draws; both sides
 * build it from the same spec, so only the spec crosses the worker boundary.
 */
import type { DatasetSpec } from './dataset-spec';
import { generatePoints } from './generators';
import { stratifiedSplit } from './split';

/** One split of the data. */
export interface DataPart {
  /** [n, numFeatures] float32, row-major. */
  x: Float32Array;
  /** [n] class index. */
  y: Int32Array;
  n: number;
}

export interface Dataset {
  numFeatures: number;
  numClasses: number;
  featureNames: string[];
  classNames: string[];
  train: DataPart;
  validation: DataPart;
  test: DataPart;
}

function take(x: Float32Array, y: Int32Array, f: number, rows: Int32Array): DataPart {
  const px = new Float32Array(rows.length * f);
  const py = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    px.set(x.subarray(r * f, r * f + f), i * f);
    py[i] = y[r] as number;
  });
  return { x: px, y: py, n: rows.length };
}

/** Generate and split the data described by `spec`. Deterministic. */
export function buildDataset(spec: DatasetSpec): Dataset {
  const pts = generatePoints(spec.kind, spec.samples, spec.noise, spec.seed);
  const f = 2;
  const idx = stratifiedSplit(pts.y, pts.numClasses, spec.split, spec.seed);
  return {
    numFeatures: f,
    numClasses: pts.numClasses,
    featureNames: ['x₁', 'x₂'],
    classNames: Array.from({ length: pts.numClasses }, (_, c) => `Class ${c}`),
    train: take(pts.x, pts.y, f, idx.train),
    validation: take(pts.x, pts.y, f, idx.validation),
    test: take(pts.x, pts.y, f, idx.test),
  };
}

/** Count of each class in a part. */
export function classCounts(part: DataPart, numClasses: number): number[] {
  const counts = new Array<number>(numClasses).fill(0);
  part.y.forEach((c) => {
    counts[c] = (counts[c] ?? 0) + 1;
  });
  return counts;
}
