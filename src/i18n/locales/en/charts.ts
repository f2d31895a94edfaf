/** The English words of the "charts" namespace: the training charts, their toolbar and export. */
const charts = {
  quantity: {
    title: {
      loss: 'Loss',
      learningRate: 'Learning rate',
      accuracy: 'Accuracy',
      mae: 'Mean absolute error',
    },
    name: {
      loss: 'loss',
      learningRate: 'learning rate',
      accuracy: 'accuracy',
      mae: 'MAE',
    },
  },
  xAxis: {
    option: {
      step: 'Batches (steps)',
      epoch: 'Epochs',
      time: 'Time',
    },
    title: {
      step: 'step (batch)',
      epoch: 'epoch',
      time: 'training time',
    },
  },
  point: {
    epoch: 'Epoch {{epoch}} · {{time}}',
    epochStep: 'Epoch {{epoch}} · step {{step}} · {{time}}',
    stepEpoch: 'Step {{step}} · epoch {{epoch}} · {{time}}',
  },
  series: {
    trainingSmoothed: 'training {{name}} (smoothed)',
    training: 'training {{name}}',
    trainingRaw: 'training {{name}} (raw)',
    validation: 'validation {{name}}',
    endOfEpoch: '{{name}} (end of epoch)',
  },
  chart: {
    downloadPng: 'Download the {{title}} chart as PNG',
    empty: 'The {{name}} curves appear here once training starts.',
    waiting: 'Training has started: the {{name}} curves begin with its first batches.',
    readValues: '{{label}}: point at the plot, or focus it and use the arrow keys, to read values',
    lrNow: 'now',
  },
  png: {
    notDrawn: 'The chart could not be drawn as an image: {{error}}',
    noChart: 'There is no chart to export yet.',
    noCanvas: 'This browser cannot draw on a canvas.',
    notEncoded: 'The chart could not be encoded.',
  },
  toolbar: {
    label: 'Chart options',
    points: 'Points',
    perBatch: 'Per batch',
    perEpoch: 'Per epoch',
    xAxis: 'X axis',
    logY: 'Log y-axis',
    smoothing: 'Smoothing',
    smoothingOff: 'Smoothing applies to per-batch points.',
  },
  summary: {
    epoch: 'Epoch',
    loss: 'Loss',
    valLoss: 'Val loss',
    accuracy: 'Accuracy',
    valAccuracy: 'Val accuracy',
    valMae: 'Val MAE',
    firstLoss: 'First-epoch loss',
    kept: 'The model holds the weights of epoch {{epoch}}, its best ({{values}}): early stopping put them back.',
    keptAcc: 'val loss {{loss}}, val accuracy {{acc}}',
    keptMae: 'val loss {{loss}}, val MAE {{mae}}',
  },
  export: {
    label: 'Export history',
    lead: 'Export history:',
    perEpoch: 'CSV per epoch',
    perBatch: 'CSV per batch',
  },
  runsKept: 'Runs: {{n}} kept · {{size}}',
} as const;

export default charts;
