/**
 * A materialised dataset: numbers split three ways, with the shape of one
 * input and what is predicted from it. The page builds it (from a spec, an
 * asset or an upload) and hands it to the engine once; the engine turns it
 * into tensors.
 */
import { isSynthetic, syntheticClasses, syntheticKind, type DatasetSpec } from './dataset-spec';
import { generatePoints, generateSurface } from './generators';
import { fitScaling, type InputScaling } from './scaling';
import { stratifiedSplit, type SplitIndices } from './split';

/** What the model predicts. */
export type Task =
  { kind: 'classification'; classNames: string[] } | { kind: 'regression'; targetNames: string[] };

/** One split of the data. */
export interface DataPart {
  /** [n, ...inputShape] float32, row-major. */
  x: Float32Array;
  /** Classification: [n] class index (Int32Array). Regression: [n, targets] float32. */
  y: Int32Array | Float32Array;
  n: number;
}

/** How one chosen table column becomes input values (tables only). */
export type InputColumn =
  | {
      name: string;
      kind: 'numeric';
      /** Value used for a missing cell: the training split's mean. */
      fill: number;
    }
  | {
      name: string;
      kind: 'categorical';
      /** One input per category (one-hot), in this order; an unseen value is all zeros. */
      categories: string[];
      /** Value used for a missing cell: the training split's most frequent. */
      fill: string;
    };

export interface Dataset {
  /** Shape of one input, without the batch dimension: [2], [28, 28, 1], [features]. */
  inputShape: number[];
  featureNames: string[];
  task: Task;
  train: DataPart;
  validation: DataPart;
  test: DataPart;
  /**
   * Scaling fitted on the training split and already applied to every
   * split's x. Inputs given to the model later (predictions) must be scaled
   * the same way (core/data/scaling.ts). Null or absent: raw inputs.
   */
  scaling?: InputScaling | null;
  /**
   * Regression only: the targets' scaling, fitted on the training split,
   * y' = (y − offset) / scale. The splits keep their targets in original
   * units; the model learns y' and its last layer undoes the scaling, so
   * every number it outputs (and every export) is in original units.
   */
  targetScaling?: InputScaling | null;
  /** Tables only: the source columns, in input order, and how each is encoded. */
  columns?: InputColumn[];
}

/** Units of the output layer: one per class, or one per regression target. */
export function outputUnits(task: Task): number {
  return task.kind === 'classification' ? task.classNames.length : task.targetNames.length;
}

/**
 * Standardisation of a single regression target, fitted on `train`; null
 * for classification and for several targets.
 */
export function fitTargetScaling(task: Task, train: DataPart): InputScaling | null {
  if (task.kind !== 'regression' || task.targetNames.length !== 1 || train.n < 2) return null;
  return fitScaling(train.y as Float32Array, train.n, 1, 'standardize');
}

/** Values per input (product of the input shape). */
export function inputSize(ds: Pick<Dataset, 'inputShape'>): number {
  return ds.inputShape.reduce((a, b) => a * b, 1);
}

/** Rows `rows` of an [n, f] array, in that order. */
function takeRows(x: Float32Array, f: number, rows: Int32Array): Float32Array {
  const out = new Float32Array(rows.length * f);
  rows.forEach((r, i) => out.set(x.subarray(r * f, r * f + f), i * f));
  return out;
}

/** Entries `rows` of a label array, in that order. */
function takeLabels<T extends Int32Array | Float32Array>(y: T, rows: Int32Array): T {
  const out = new (y.constructor as new (n: number) => T)(rows.length);
  rows.forEach((r, i) => {
    out[i] = y[r] as number;
  });
  return out;
}

/** The three parts of [n, f] inputs and [n] labels (or [n] single targets). */
export function splitParts(
  x: Float32Array,
  y: Int32Array | Float32Array,
  f: number,
  idx: SplitIndices,
): Pick<Dataset, 'train' | 'validation' | 'test'> {
  const part = (rows: Int32Array): DataPart => ({
    x: takeRows(x, f, rows),
    y: takeLabels(y, rows),
    n: rows.length,
  });
  return { train: part(idx.train), validation: part(idx.validation), test: part(idx.test) };
}

/**
 * Generate and split the data of a synthetic spec. Deterministic.
 * Other sources need their file or asset: see store/actions/data.ts.
 */
export function buildDataset(spec: DatasetSpec): Dataset {
  if (!isSynthetic(spec)) {
    throw new Error(
      `The ${spec.kind} dataset is built from its file, not generated: load it through the data actions.`,
    );
  }
  const f = 2;
  const featureNames = ['x₁', 'x₂'];
  if (syntheticKind(spec.kind).task === 'regression') {
    const pts = generateSurface(spec.kind, spec.samples, spec.noise, spec.seed);
    const idx = stratifiedSplit(new Int32Array(spec.samples), 1, spec.split, spec.seed);
    const task: Task = { kind: 'regression', targetNames: ['y'] };
    const parts = splitParts(pts.x, pts.t, f, idx);
    return {
      inputShape: [f],
      featureNames,
      task,
      ...parts,
      scaling: null,
      targetScaling: fitTargetScaling(task, parts.train),
    };
  }
  const pts = generatePoints(
    spec.kind,
    spec.samples,
    spec.noise,
    spec.seed,
    syntheticClasses(spec),
  );
  const idx = stratifiedSplit(pts.y, pts.numClasses, spec.split, spec.seed);
  return {
    inputShape: [f],
    featureNames,
    task: {
      kind: 'classification',
      classNames: Array.from({ length: pts.numClasses }, (_, c) => `Class ${c}`),
    },
    ...splitParts(pts.x, pts.y, f, idx),
    scaling: null,
  };
}

/** Count of each class in a part (classification only). */
export function classCounts(part: DataPart, numClasses: number): number[] {
  const counts = new Array<number>(numClasses).fill(0);
  part.y.forEach((c) => {
    counts[c] = (counts[c] ?? 0) + 1;
  });
  return counts;
}

/** Total samples over the three splits. */
export function totalSamples(ds: Pick<Dataset, 'train' | 'validation' | 'test'>): number {
  return ds.train.n + ds.validation.n + ds.test.n;
}

/** Every ArrayBuffer a dataset holds, for transferring it between threads. */
export function datasetBuffers(ds: Dataset): ArrayBuffer[] {
  return [ds.train, ds.validation, ds.test].flatMap((p) => [
    p.x.buffer as ArrayBuffer,
    p.y.buffer as ArrayBuffer,
  ]);
}
