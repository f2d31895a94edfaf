/** English words of the "data" namespace: the data sources and the table options. */
const kinds = {
  kinds: {
    circle: { label: 'Circle', help: 'A disc of one class inside a ring of the other.' },
    xor: { label: 'XOR', help: 'Opposite quadrants share a class: not linearly separable.' },
    gaussians: {
      label: 'Two Gaussians',
      help: 'Two blobs; noise makes them overlap. A single linear unit can separate them.',
    },
    spiral: {
      label: 'Spiral',
      help: 'Interleaved arms, one per class: needs depth and patience.',
    },
    moons: { label: 'Moons', help: 'Two interlocking half circles: a curved boundary.' },
    checkerboard: {
      label: 'Checkerboard',
      help: 'A 4 × 4 board of alternating squares: many small regions.',
    },
    blobs: {
      label: 'Gaussian blobs',
      help: 'One round cluster per class around a circle: multi-class softmax.',
    },
    plane: {
      label: 'Plane (regression)',
      help: 'The target is a tilted plane, y = (x₁ + x₂) / 2; noise is added to y.',
    },
    hills: {
      label: 'Gaussian hills (regression)',
      help: 'The target is a surface of six Gaussian hills and valleys; noise is added to y.',
    },
    mnist: {
      label: 'Handwritten digits (MNIST)',
      help: '28 × 28 grey images of the digits 0–9, from the 10,000 shipped with the app.',
    },
    iris: {
      label: 'Iris flowers (table)',
      help: '150 flowers, 4 measurements (cm), 3 species. Fisher, 1936.',
    },
    'auto-mpg': {
      label: 'Auto MPG (table, regression)',
      help: 'Fuel use (miles per gallon) of 406 cars from 1970–82, with missing values and a text column.',
    },
    csv: {
      label: 'Your CSV file',
      help: 'Upload a CSV file below; pick its label and feature columns.',
    },
  },
  scaling: {
    none: { label: 'None', help: 'Raw values.' },
    standardize: {
      label: 'Standardize',
      help: 'Subtract the mean and divide by the standard deviation of the training split.',
    },
    minmax: {
      label: 'Min–max',
      help: 'Map the training split’s minimum to 0 and its maximum to 1.',
    },
  },
  missing: {
    drop: { label: 'Drop those rows', help: 'Rows with a missing feature are left out.' },
    fill: {
      label: 'Fill them in',
      help: 'Numbers get the training split’s mean, categories its most frequent value.',
    },
  },
  picker: {
    label: 'Dataset',
    classification: '2-D classification',
    regression: '2-D regression',
    images: 'Images',
    tables: 'Tables',
    yourCsv: 'Your CSV: {{name}}',
    uploadBelow: '{{kind}} (upload below)',
  },
  describe: {
    table: '{{name}} (label {{label}})',
    digits: '{{n}} digits, seed {{seed}}',
    synthetic: '{{kind}}, {{n}} samples, seed {{seed}}',
  },
} as const;

export default kinds;
