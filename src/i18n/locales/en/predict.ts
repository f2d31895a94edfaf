/** The English words of the "predict" namespace. */
const predict = {
  panel: {
    noModelPoint: 'Train or load a model, then type a point or click the plot.',
    noModelDigit: 'Train or load a model, then draw a digit.',
    noModelTable: 'Train or load a model, then fill in the form or upload a CSV.',
  },
  problem: {
    noModel: 'Train or load a model first.',
    loading: '{{loading}} Predictions resume when the data is ready.',
    dataError: 'Fix the data first: {{error}}',
  },
  point: {
    title: 'Predict a point',
    predict: 'Predict',
    help: 'Or click the scatter plot to predict at that point.',
    at: 'Prediction at ({{x}}, {{y}})',
    needNumbers: 'Enter a number for both coordinates.',
  },
  output: {
    predicted: 'Predicted <name>{{name}}</name>: <value>{{value}}</value>',
    outputFallback: 'output {{n}}',
    classFallback: 'Output {{n}}',
    probability: 'Probability of {{name}}',
  },
  digit: {
    title: 'Draw a digit',
    help: 'Draw with a mouse, a finger or a pen; the probabilities follow as you draw. Drawing needs a pointer; Clear also works from the keyboard.',
    canvas: 'Drawing area for a digit',
    preview: 'What the model sees: the drawing scaled to 28 × 28 pixels',
    clear: 'Clear',
    empty: 'Nothing drawn yet.',
    looksLike: 'Looks like <top>{{top}}</top>',
    probabilities: 'Digit probabilities',
  },
  row: {
    title: 'Predict one row',
    categories: '{{n}} categories',
    range: 'Training range {{range}}',
    more: 'The form shows the first {{shown}} of {{total}} inputs; the other {{rest}} keep their typical values. To set every input, use “Predict a CSV file”.',
    predict: 'Predict',
    reset: 'Reset to typical values',
    units: "Numbers in the data's own units; the training scaling is applied for you.",
    predicted: 'Predicted <name>{{target}}</name>: <top>{{top}}</top>',
    output: 'Prediction for the row',
  },
  batch: {
    title: 'Predict a CSV file',
    file: 'CSV of inputs to predict',
    helpClasses:
      'Pick or drop a file with a header row and the columns <cols>{{needs}}</cols>. Other columns are kept; <cols>{{first}}</cols> and one p_ column per class are added.',
    helpOne:
      'Pick or drop a file with a header row and the columns <cols>{{needs}}</cols>. Other columns are kept; <cols>{{adds}}</cols> is added.',
    helpSome:
      'Pick or drop a file with a header row and the columns <cols>{{needs}}</cols>. Other columns are kept; <cols>{{adds}}</cols> are added.',
    predicting: 'Predicting…',
    download: 'Download predictions (<file>{{file}}</file>)',
    digits: 'Batch prediction takes tables and 2-D data; draw a digit to try the model.',
    tooBig:
      '{{file}} has {{size}}; batch prediction takes files up to {{max}}. Split it into smaller files.',
    noRow: 'No row of {{file}} could be read. {{errors}}',
    predicted_one: 'Predicted {{total}} row.',
    predicted_other: 'Predicted {{total}} rows.',
    predictedSome: 'Predicted {{used}} of {{total}} rows.',
    rowsFailed_one:
      '{{failed}} row could not be predicted (their prediction cells are empty): {{errors}}',
    rowsFailed_other:
      '{{failed}} rows could not be predicted (their prediction cells are empty): {{errors}}',
    failed: 'Batch prediction failed: {{error}}',
  },
  csv: {
    unclosedQuote: '{{file}} is not valid CSV near row {{row}}: a quoted value is never closed.',
    empty: '{{file}} is empty. It needs a header row and one row per input.',
    noRows: '{{file}} has a header but no rows to predict.',
    missing_one:
      '{{file}} has no column {{list}}. The model needs {{needs}} (other columns are kept as they are).',
    missing_other:
      '{{file}} has no columns {{list}}. The model needs {{needs}} (other columns are kept as they are).',
    quoted: '“{{name}}”',
    width_one: 'has {{count}} value; the header has {{width}}.',
    width_other: 'has {{count}} values; the header has {{width}}.',
    emptyCell: '“{{name}}” is empty.',
    notNumber: '“{{name}}” needs a number; got “{{cell}}”.',
    row: 'Row {{row}}: {{message}}',
    more: '{{rows}} And {{more}} more.',
  },
} as const;

export default predict;
