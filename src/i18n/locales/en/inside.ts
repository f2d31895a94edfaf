/** The English words of the "inside" namespace: neuron maps, weight histograms and filters. */
const inside = {
  panel: '5 · Inside the network',
  neurons: {
    title: 'Hidden units',
    notPlane: 'Neuron maps are drawn for the 2-D datasets, whose two inputs are the plane.',
    noModel: 'Train a model to see what each hidden unit responds to.',
    computing: 'Computing the neuron maps…',
    none: 'No hidden units to show.',
    help: "Each unit's activation over the input plane (blue negative, orange positive). Hover or focus a unit to see it large in the data plot; click to keep it there.",
    unit: 'Layer {{layer}} unit {{unit}}',
    unitTitle: 'Layer {{layer}} unit {{unit}}: click to keep its map in the plot',
    layerGroup: 'Layer {{layer}} ({{name}}), {{n}} units',
    layer: 'Layer {{layer}}',
    showOutput: 'Show the output',
  },
  weights: {
    title: 'Weights',
    empty:
      'Train the network (or load a model) to see a histogram of each layer’s weights after every epoch.',
    help: 'How each layer’s weights are spread. Healthy training shifts and widens them gradually; weights that never move get no gradient, and ones that grow without bound (or turn NaN) mean the learning rate is too high. The dashed outline is epoch {{epoch}}, for comparison.',
    noWeights: 'This model has no trainable weights.',
    initial: 'Initial weights (before training)',
    epochOf: 'Epoch {{epoch}} of {{last}}',
    epochOfInitial: 'Epoch {{epoch}} of {{last}} (initial weights)',
    slider: 'Weights at epoch',
    follow: 'Follow latest',
    layerLabel: 'Weights of {{name}}',
    parameters: ' · {{n}} parameters',
    sampled: ' · 1 in {{stride}} sampled',
    tensor: '{{layer}} {{role}}',
    role: {
      kernel: 'kernel',
      bias: 'bias',
      gamma: 'gamma',
      beta: 'beta',
    },
  },
  histogram: {
    label: 'Histogram of {{label}} at epoch {{epoch}}: {{n}} values from {{min}} to {{max}}',
    range: '{{lo}} to {{hi}}',
    count: '<0>{{n}}</0> at epoch {{epoch}}',
    earlier: '≈{{n}} at epoch {{epoch}}',
    stats: 'mean {{mean}} · std {{std}}',
  },
  warning: {
    nonFinite: '{{n}} values are NaN or infinite: training has diverged.',
    large:
      'Weights reach {{value}}: they may be exploding. Try a lower learning rate or L2 regularisation.',
    unchanged:
      'This {{role}} has not changed since epoch {{epoch}}: no gradient reaches it (dead units, or a learning rate of 0).',
  },
  filters: {
    label: 'First-layer filters',
    title: 'Filters of <0>{{layer}}</0> <1>at epoch {{epoch}}</1>',
    helpMany:
      '{{n}} filters of {{kh}}×{{kw}}, each averaged over its {{channels}} input channels. Blue is negative, white zero, red positive, on one scale of ±{{scale}}. Filters that learned something look like strokes or edges; ones that stay noisy have not.',
    helpOne:
      '{{n}} filters of {{kh}}×{{kw}} over the one input channel. Blue is negative, white zero, red positive, on one scale of ±{{scale}}. Filters that learned something look like strokes or edges; ones that stay noisy have not.',
    showing: ' Showing the first {{shown}} of {{n}}.',
    filter: 'Filter {{index}} of {{n}}',
  },
} as const;

export default inside;
