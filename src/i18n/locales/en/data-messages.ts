/** English words of the "data" namespace: what reading, checking and building data says. */
const messages = {
  sniff: {
    tooLarge:
      '{{name}} is {{size}}; the largest CSV file this page reads is {{max}}. Use a sample of its rows.',
    empty: '{{name}} is empty (0 bytes).',
    isKind: '{{name}} is not a CSV file: it is {{what}}. {{fix}}',
    looksLike: '{{name}} is not a CSV file: it looks like {{what}} (.{{ext}}). {{fix}}',
    utf16:
      '{{name}} looks like UTF-16 text without a byte order mark, which cannot be read safely. Save it as UTF-8 CSV (or UTF-16 with a byte order mark) and upload that.',
    binary: '{{name}} is not a CSV file: it contains binary data. {{fix}}',
    whiteSpace: '{{name}} is empty: it holds only white space.',
    json: '{{name}} is not a CSV file: it looks like JSON. {{fix}}',
    markup: '{{name}} is not a CSV file: it looks like HTML or XML. {{fix}}',
    fix: 'Export or save it as CSV (comma-separated values, UTF-8 text) and upload that.',
  },
  magic: {
    zip: 'a ZIP archive (an Excel .xlsx or .ods file?)',
    xls: 'an old Excel/Office file (.xls)',
    pdf: 'a PDF document',
    png: 'a PNG image',
    jpeg: 'a JPEG image',
    gif: 'a GIF image',
    gzip: 'a gzip-compressed file',
    parquet: 'a Parquet file',
  },
  extension: {
    workbook: 'an Excel workbook',
    spreadsheet: 'a spreadsheet',
    json: 'a JSON file',
    parquet: 'a Parquet file',
    zip: 'a ZIP archive',
    compressed: 'a compressed file',
    image: 'an image',
    pdf: 'a PDF document',
    binary: 'a binary file',
  },
  encoding: {
    windows1252:
      'The file is not UTF-8 text, so it was read as Windows-1252 (Latin-1). If letters look wrong, save it as UTF-8 CSV and upload it again.',
    utf16le: 'Read as UTF-16 (little-endian) text.',
    utf16be: 'Read as UTF-16 (big-endian) text.',
  },
  parse: {
    openQuote:
      '{{name}} is not valid CSV near row {{row}}: a quoted value is never closed ({{detail}}). Check the quotes in that row.',
    unreadable: '{{name}} could not be read: {{detail}}',
    ragged_one:
      '{{name}} has ragged rows: row {{row}} has {{count}} field, but the header has {{header}}. Every row needs one value per column (leave a value empty if it is missing).',
    ragged_other:
      '{{name}} has ragged rows: row {{row}} has {{count}} fields, but the header has {{header}}. Every row needs one value per column (leave a value empty if it is missing).',
    noRows: '{{name}} is empty: it has no rows at all.',
    headerOnly:
      '{{name}} has a header row but no data rows. Add at least a few rows of values under the header.',
    oneColumn:
      '{{name}} has only one column (“{{column}}”). A dataset needs at least one feature column and a label column; if the file uses another separator, save it with commas, semicolons or tabs between values.',
    noNumbers:
      '{{name}} has no numeric columns: every column holds text. At least one feature must be a number.',
    tooWide:
      '{{name}} has {{n}} columns; this page reads at most {{max}}. Keep the columns you want to learn from (and the label) and upload that.',
  },
  build: {
    labelTooManyNumbers:
      'The label {{name}} has more than {{max}} different values, too many classes. Treat it as regression, or choose another label.',
    labelTooMany:
      'The label {{name}} has more than {{max}} different values, too many classes. Choose another label.',
    noColumn: '{{file}} has no column named {{name}}.',
    labelEmpty: 'The label {{name}} is empty: every value is missing.',
    labelText:
      'The label {{name}} holds text, so it can only be predicted as classes (classification).',
    featureText:
      'The column {{name}} is free text (more than {{max}} different values) and cannot be a feature. Leave it out.',
    featureEmpty: 'The column {{name}} is empty: every value is missing. Leave it out.',
    tooFew_one: 'Only {{count}} usable row left; at least {{min}} are needed.{{why}}',
    tooFew_other: 'Only {{count}} usable rows left; at least {{min}} are needed.{{why}}',
    droppedWhy: ' {{n}} rows were dropped for missing values: choose “Fill” instead.',
    oneValue:
      'The label {{name}} has only one value ({{value}}): there is nothing to predict. Choose a label column with at least two different values.',
    noTrainValues: 'The column {{name}} has no values in the training split. Leave it out.',
    notTable: 'This dataset is not a table: it has no columns to fill in.',
    row: 'Row {{row}}: {{problem}}',
    needsNumber: '“{{name}}” needs a number; got “{{cell}}”.',
  },
  digitsFile: {
    damaged:
      'The digits file is damaged ({{why}}). Reload the page; if it persists, rebuild the app.',
    bytes: '{{count}} bytes',
    marker: 'wrong format marker',
    sizes: 'wrong sizes',
    checksum: 'checksum mismatch',
    labels: 'a label outside 0–9',
  },
  spec: {
    split: 'Train and validation together must be at most 100%.',
    columnName: 'A column name has at most {{max}} characters.',
    seedWhole: 'The seed must be a whole number.',
    seedNegative: 'The seed cannot be negative.',
    seedMax: 'The seed must be at most {{max}}.',
    samplesWhole: 'Samples must be a whole number.',
    samplesMin: 'At least {{min}} samples.',
    samplesMax: 'At most {{max}} samples.',
    noiseNegative: 'Noise cannot be negative.',
    noiseMax: 'Noise must be at most {{max}}.',
    fixedClasses: '{{kind}} has a fixed number of classes.',
    classRange: '{{kind}} takes {{min}} to {{max}} classes.',
    digitsWhole: 'The number of digits must be whole.',
    digitsMin: 'At least {{min}} digits.',
    digitsMax: 'At most {{max}} digits.',
    fileName: 'A file name has at most 260 characters.',
    hash: 'Expected a 16-digit hex hash.',
    rows: 'A table has at most {{max}} rows.',
    noFeature: 'Choose at least one feature column.',
    featuresMax: 'At most {{max}} feature columns.',
    labelIsFeature: 'The label column cannot also be a feature.',
    featureTwice: 'A feature column is listed twice.',
  },
  service: {
    http: '{{name}} could not be loaded (HTTP {{status}}).',
    failed: '{{name}} could not be loaded: {{detail}}',
    tooLarge: '{{name}} is too large.',
    notLoaded:
      '{{name}} ({{rows}} rows) is not loaded. Upload that file again to recreate its data.',
    digitsHttp: 'The digits could not be loaded (HTTP {{status}}).',
    digitsFailed: 'The digits could not be loaded: {{detail}}',
    digitsNotReady: 'The digits are not loaded yet.',
  },
  actions: {
    issue: 'Data {{field}}: {{message}}',
    invalid: 'invalid',
    loadingDigits: 'Loading the digits…',
    preparing: 'Preparing {{name}}…',
    replaced: 'Replaced by a newer choice.',
    uploadFirst: 'Upload a CSV file to use your own data.',
    loading: 'Loading {{name}}…',
    reading: 'Reading {{name}}…',
    imported: 'Imported {{name}}: {{rows}} rows.',
    invalidChoice: 'Invalid choice.',
    notApplied: '{{kind}} ({{description}}): {{error}}',
    uploadAgain:
      'This data came from {{name}} ({{rows}} rows). Upload that file again to recreate it.',
    shippedChanged:
      'The shipped {{name}} has changed since this dataset was described (content {{found}}, expected {{expected}}).',
    notShipped: '{{kind}} is not a shipped table.',
  },
  fit: {
    shape:
      'This model takes inputs of shape {{model}}, but the current data gives {{data}}. Pick data of that shape, or train a model on this data.',
    any: 'any',
    kind: 'This model was trained on {{was}}, but the data now is {{now}}. Pick {{was}} again, or train a model on this data.',
    classes:
      'This model was trained on {{was}} classes, but the data now has {{now}}. Set Classes back, or train again.',
    file: 'This model was trained on another file ({{name}}). Upload it again, or train a model on this data.',
    changed: 'The {{what}} changed since this model was trained. Change them back, or train again.',
    separator: ', ',
    label: 'label column',
    task: 'task',
    features: 'feature columns',
    scaling: 'scaling',
  },
  form: {
    enterNumber: 'Enter a number for “{{name}}”.',
    needsNumber: '“{{name}}” needs a number like 5.1; got “{{text}}”.',
    chooseOne: 'Choose one of {{choices}} for “{{name}}”.',
  },
} as const;

export default messages;
