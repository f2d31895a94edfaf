/**
 * The data sources and options the app offers, each declared once: the UI,
 * the validation (dataset-spec.ts) and the builders read these tables.
 */

/** Built-in 2-D generators, declared once for the UI, validation and code. */
export const SYNTHETIC_KINDS = [
  {
    id: 'circle',
    label: 'Circle',
    task: 'classification',
    help: 'A disc of one class inside a ring of the other.',
  },
  {
    id: 'xor',
    label: 'XOR',
    task: 'classification',
    help: 'Opposite quadrants share a class: not linearly separable.',
  },
  {
    id: 'gaussians',
    label: 'Two Gaussians',
    task: 'classification',
    help: 'Two blobs; noise makes them overlap. A single linear unit can separate them.',
  },
  {
    id: 'spiral',
    label: 'Spiral',
    task: 'classification',
    help: 'Interleaved arms, one per class: needs depth and patience.',
    classes: { min: 2, max: 6, default: 2 },
  },
  {
    id: 'moons',
    label: 'Moons',
    task: 'classification',
    help: 'Two interlocking half circles: a curved boundary.',
  },
  {
    id: 'checkerboard',
    label: 'Checkerboard',
    task: 'classification',
    help: 'A 4 × 4 board of alternating squares: many small regions.',
  },
  {
    id: 'blobs',
    label: 'Gaussian blobs',
    task: 'classification',
    help: 'One round cluster per class around a circle: multi-class softmax.',
    classes: { min: 3, max: 8, default: 4 },
  },
  {
    id: 'plane',
    label: 'Plane (regression)',
    task: 'regression',
    help: 'The target is a tilted plane, y = (x₁ + x₂) / 2; noise is added to y.',
  },
  {
    id: 'hills',
    label: 'Gaussian hills (regression)',
    task: 'regression',
    help: 'The target is a surface of six Gaussian hills and valleys; noise is added to y.',
  },
] as const satisfies readonly {
  id: string;
  label: string;
  task: 'classification' | 'regression';
  help: string;
  classes?: { min: number; max: number; default: number };
}[];

/** Tables: two shipped with the app, and the user's own CSV. */
export const TABLE_KINDS = [
  {
    id: 'iris',
    label: 'Iris flowers (table)',
    url: 'data/iris.csv',
    file: 'iris.csv',
    help: '150 flowers, 4 measurements (cm), 3 species. Fisher, 1936.',
  },
  {
    id: 'auto-mpg',
    label: 'Auto MPG (table, regression)',
    url: 'data/auto-mpg.csv',
    file: 'auto-mpg.csv',
    help: 'Fuel use (miles per gallon) of 406 cars from 1970–82, with missing values and a text column.',
  },
  {
    id: 'csv',
    label: 'Your CSV file',
    url: null,
    file: null,
    help: 'Upload a CSV file below; pick its label and feature columns.',
  },
] as const;

export const MNIST_INFO = {
  id: 'mnist',
  label: 'Handwritten digits (MNIST)',
  help: '28 × 28 grey images of the digits 0–9, from the 10,000 shipped with the app.',
} as const;

export const SCALING_METHODS = [
  { id: 'none', label: 'None', help: 'Raw values.' },
  {
    id: 'standardize',
    label: 'Standardize',
    help: 'Subtract the mean and divide by the standard deviation of the training split.',
  },
  {
    id: 'minmax',
    label: 'Min–max',
    help: 'Map the training split’s minimum to 0 and its maximum to 1.',
  },
] as const;

export const MISSING_POLICIES = [
  { id: 'drop', label: 'Drop those rows', help: 'Rows with a missing feature are left out.' },
  {
    id: 'fill',
    label: 'Fill them in',
    help: 'Numbers get the training split’s mean, categories its most frequent value.',
  },
] as const;
