/** The English words of the "evaluate" namespace. */
const evaluate = {
  panel: {
    title: '6 · Evaluate',
    intro:
      'Loss and metrics on the test split: data the model never saw while training (the validation split guided training; the test split judges it once at the end).',
    evaluate: 'Evaluate on test set',
    evaluating: 'Evaluating…',
    result: 'Test set result',
    evaluatedWhenSaved:
      'Evaluated when saved, <time>{{when}}</time>. Evaluate again to browse the examples.',
    testSamples: 'Test samples',
    loss: 'Loss',
    accuracy: 'Accuracy',
  },
  blocker: {
    noModel: 'Train or load a model first.',
    running: 'Stop training first: the weights are still changing.',
    loading: 'Wait for the data to finish loading.',
    dataError: 'Fix the data first: {{error}}',
    emptyTest: 'The test split is empty. Set a test share above 0 % in the split controls.',
  },
  errors: {
    taskMismatch: 'The model and the data disagree on the task.',
    failed: 'Could not evaluate: {{error}}',
    lengths: '{{labels}} labels but {{predictions}} predictions.',
    targetLengths: '{{targets}} targets but {{predictions}} predictions.',
    classIndex: 'Class index out of range at sample {{index}}.',
  },
  classes: {
    phrase: 'class {{name}}',
    cellLabel_one: '{{count}} test sample of {{trueClass}} predicted as {{predictedClass}}',
    cellLabel_other: '{{count}} test samples of {{trueClass}} predicted as {{predictedClass}}',
    notKept:
      'The confusion matrix of {{n}} classes was not kept with the saved model; evaluate again for per-class scores.',
  },
  scores: {
    label: 'Per-class scores',
    class: 'Class',
    precision: 'Precision',
    recall: 'Recall',
    f1: 'F1',
    support: 'Support',
    macro: 'Macro average',
    weighted: 'Weighted average',
    help: "Precision: of the samples predicted as a class, the share that are. Recall: of a class's samples, the share found. “—”: undefined (never predicted, or no samples); the averages count it as 0, as scikit-learn does. Macro: every class alike; weighted: by support.",
  },
  confusion: {
    label: 'Confusion matrix',
    caption: 'Rows: true class · columns: predicted class · shade: share of the row.',
    captionClick:
      'Rows: true class · columns: predicted class · shade: share of the row. Click a cell to see its samples.',
    corner: 'True ↓ · Predicted →',
  },
  cell: {
    title: '{{trueClass}} predicted as {{predictedClass}}',
    heading: '<true>{{trueClass}}</true> predicted as <predicted>{{predictedClass}}</predicted>',
    label: 'Examples: {{title}}',
    close: 'Close examples',
    none: 'No test samples fell in this cell.',
    capped: 'Showing {{cap}} of {{total}} samples.',
    count_one: '{{count}} sample.',
    count_other: '{{count}} samples.',
    columnsCut: 'The table shows the first {{shown}} of {{total}} inputs.',
    samples: 'Samples in this cell',
    testNumber: 'Test #',
    confidence: 'Confidence',
  },
  digits: {
    title: 'Test digits',
    mistakesOnly: 'Mistakes only',
    list: 'Test digits with predictions',
    image: 'Test digit {{index}}: predicted {{predicted}}, true {{actual}}',
    imageMistake: 'Test digit {{index}}: predicted {{predicted}}, true {{actual}}, a mistake',
    sure: '{{percent}} sure',
    wrong: '✗ {{predicted}} (true {{actual}})',
    shownDigits: '{{shown}} of {{pool}} test digits',
    shownMistakes: '{{shown}} of {{pool}} mistakes',
    mistakes_one: '{{count}} mistake in {{n}} test digits.',
    mistakes_other: '{{count}} mistakes in {{n}} test digits.',
  },
  regression: {
    perTarget: 'Scores per target',
    target: 'Target',
    targetFallback: 'target {{n}}',
    captionSample:
      '<name>{{name}}</name>: predicted against actual (a sample of {{shown}} of {{total}} test samples, R² {{r2}}). Points on the dashed line are exact.',
    captionAll:
      '<name>{{name}}</name>: predicted against actual ({{total}} test samples, R² {{r2}}). Points on the dashed line are exact.',
    actual: 'Actual {{name}}',
    predicted: 'Predicted {{name}}',
    again: 'Evaluate again to see predicted against actual values.',
  },
} as const;

export default evaluate;
