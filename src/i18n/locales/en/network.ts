/**
 * The English words of the "network" namespace: the network editor, its
 * presets and starting points, and the messages about a stack. Layer kinds,
 * their settings and the function tables are in ./network-layers.
 */
import layers from './network-layers';

const network = {
  panel: {
    title: '2 · Network',
    undo: 'Undo',
    undoTitle: 'Undo (Ctrl+Z)',
    redo: 'Redo',
    redoTitle: 'Redo (Ctrl+Shift+Z)',
    presets: 'Presets',
    startFrom: 'Start from:',
    input: 'Input',
    empty: 'No hidden layers: the output layer alone is a linear model (logistic regression).',
    layers: 'Layers',
    params: '{{n}} params',
    twoClasses: 'Two classes:',
    softmaxUnits: '2 softmax units',
    sigmoidUnit: '1 sigmoid unit',
    totalParams: 'Total parameters',
    trainable: 'Trainable',
    nonTrainable: 'Non-trainable',
    weightsMemory: 'Weights memory',
  },
  card: {
    drag: 'Drag to reorder',
    moveUp: 'Move {{layer}} up',
    moveDown: 'Move {{layer}} down',
    duplicate: 'Duplicate {{layer}}',
    duplicateButton: 'Duplicate',
    remove: 'Remove {{layer}}',
    batch: 'batch',
  },
  add: {
    newLayer: 'New layer',
    position: 'Position',
    atEnd: 'at the end',
    atStart: 'at the start',
    after: 'after {{layer}}',
    button: '+ Add layer',
  },
  diagram: {
    label: 'Network diagram: {{layers}}',
    separator: ', ',
    input: 'input',
    output: 'output',
    inputBlock: 'Input',
  },
  notice: {
    dismiss: 'Dismiss',
    kept: 'Your network and settings were kept. For {{data}} the playground starts with {{setup}}.',
    useRecommended: 'Use the recommended setup',
    recipe: 'Set up for {{data}}: {{setup}}. {{why}}',
    preset: '{{setup}}.',
    setup: '{{preset}}, {{optimizer}} at {{rate}}, batch {{batch}}, {{epochs}} epochs',
    setupStopEarly:
      '{{preset}}, {{optimizer}} at {{rate}}, batch {{batch}}, up to {{epochs}} epochs, stopping early after {{patience}} without a better validation loss',
  },
  rows: {
    output: 'Output',
    outputScaling: 'Output scaling',
  },
  problems: {
    layer: '{{layer}}: {{problem}}',
    tooMany: 'At most {{max}} layers; remove {{extra}}.',
    outputFlat:
      'The output layer needs a flat input, but the last layer outputs {{shape}}. Add a Flatten layer at the end of the stack.',
    layerIdMax: 'A layer id has at most {{max}} characters.',
    layersMax: 'At most {{max}} layers.',
    sharedId: 'Two layers share an id.',
    noHidden: '(no hidden layers)',
  },
  shapes: {
    denseFlat: '{{layer}} needs a flat input, but gets {{shape}}. Add a Flatten layer before it.',
    flattenFlat:
      '{{layer}} needs an image-shaped input [height, width, channels], but gets the flat {{shape}}: there is nothing to unroll. Remove it.',
    imageFlat:
      '{{layer}} needs image input [height, width, channels], but gets the flat {{shape}}. Put it before any Flatten or Dense layer, and use image data.',
    imageOther: '{{layer}} needs input [height, width, channels]; it gets {{shape}}.',
    kernelTooLarge:
      "{{layer}}: the {{size}}×{{size}} kernel is larger than its {{height}}×{{width}} input. Use a smaller kernel, 'same' padding, or fewer pooling layers before it.",
    poolTooLarge:
      "{{layer}}: the {{size}}×{{size}} pool window is larger than its {{height}}×{{width}} input. Use a smaller pool window, 'same' padding, or fewer pooling layers before it.",
  },
  fixes: {
    removeFlatten: 'Remove this Flatten',
    addFlatten: 'Add Flatten',
    addFlattenBefore: 'Add Flatten before it',
    addFlattenEnd: 'Add Flatten at the end',
    useRecipe: 'Use the {{preset}}',
  },
  presets: {
    'relu-mlp': {
      label: 'ReLU MLP',
      help: 'Two ReLU layers of 32 units: learns every built-in 2-D set, the spiral included, in seconds.',
    },
    'image-mlp': {
      label: 'Image MLP',
      help: 'Flatten the pixels, then two ReLU layers (128 and 64 units): fast on any backend, about 90% on the digits after three epochs.',
    },
    'tiny-mlp': {
      label: 'Tiny MLP',
      help: 'Two small tanh layers: enough for circles and XOR, and each unit’s map is easy to read.',
    },
    'deep-mlp': {
      label: 'Deep MLP',
      help: 'Four ReLU layers with He initialisation: more capacity, for spirals and digits.',
    },
    'dropout-mlp': {
      label: 'Dropout MLP',
      help: 'Wide ReLU layers with dropout between them, to fight overfitting on small data.',
    },
    'table-mlp': {
      label: 'Table MLP',
      help: 'Two ReLU layers of 64 units for rows of measurements: the usual first model for a table.',
    },
    'small-cnn': {
      label: 'Small CNN',
      help: 'Two 3 × 3 convolution + pooling stages and one dense layer: learns the digits in a few epochs.',
    },
    lenet: {
      label: 'LeNet-style CNN',
      help: 'Two 5 × 5 convolution + pooling stages, then dense layers: the classic digit recogniser.',
    },
  },
  recipes: {
    circle: 'A ring around a disc: two small ReLU layers.',
    xor: 'Four quadrants: two small ReLU layers.',
    gaussians: 'Two blobs are almost linearly separable: learnt in a few epochs.',
    spiral: 'Interleaved arms need many small regions: ReLU units give them.',
    moons: 'A curved boundary: two small ReLU layers.',
    checkerboard: 'Sixteen squares need many straight cuts: four ReLU layers and patience.',
    blobs: 'Round clusters: a small ReLU net and softmax.',
    plane: 'A tilted plane: a small ReLU net fits it.',
    hills: 'A bumpy surface: ReLU units approximate it piece by piece.',
    mnist:
      'Flattened pixels and two ReLU layers learn the digits in seconds on any backend; try a CNN preset next.',
    iris: 'Four measurements per flower: a small dense network, kept at its best epoch, as a few rows are soon learnt by heart.',
    'auto-mpg':
      'A few numbers per car: a small dense network, targets scaled, kept at its best epoch.',
    csv: 'Rows of values: a small dense network to start from, kept at its best epoch, as a small table is soon learnt by heart.',
  },
  ...layers,
} as const;

export default network;
