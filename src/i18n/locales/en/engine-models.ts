/** English messages of the engine about models: storage, files, shapes, neuron maps and weights (part of the "engine" namespace). */
const engineModels = {
  store: {
    quota:
      'Not enough browser storage: the model needs about {{need}} bytes and {{free}} are free. The model is still here: download it as a .zip, or delete saved models to make room.',
    damaged: 'The saved record for "{{name}}" is damaged: {{error}}',
    noSuch: 'No saved model is named "{{name}}".',
    exists: 'A model named "{{name}}" is already saved.',
    notReadBack:
      'The browser reported the model saved, but it could not be read back. The model is still here: download it as a .zip.',
    weightsDamaged: 'The saved weights for "{{name}}" are damaged: {{error}}',
    sameName: 'The model is already named "{{name}}".',
    weightsMissing: 'The saved weights for "{{name}}" are missing.',
    restoreTaken:
      '"{{name}}" cannot be restored: another model has been saved under that name since.',
    restoreGone: '"{{name}}" can no longer be restored.',
  },
  io: {
    notSerialised: 'The model could not be serialised.',
    unknownPart:
      'The model uses the {{kind}} "{{name}}", which TensorFlow.js {{version}} does not know.',
    buildFailed: 'The model could not be built from model.json: {{error}}',
    weightsMisfit: 'The weights do not fit the model: {{error}}',
    otherOptimizer: 'it is for {{saved}}, and this model trains with {{current}}.',
    optimizerUnreadable: 'it could not be read ({{error}}).',
    optimizerMisfit: "it does not match the model's weights.",
  },
  shapes: {
    inputs: 'This model takes inputs of shape [{{want}}]; these have shape [{{got}}].',
    any: 'any',
    inputCount_one: '{{count}} input',
    inputCount_other: '{{count}} inputs',
    outputCount_one: '{{count}} output',
    outputCount_other: '{{count}} outputs',
    io: 'This model has {{inputs}} ({{inNames}}) and {{outputs}} ({{outNames}}).',
    evaluateOnly: '{{io}} Only single-input, single-output models can be evaluated here.',
    predictOnly: '{{io}} Only single-input, single-output models can predict here.',
    dataInputs: 'This model takes inputs of shape {{want}}; the data has {{got}}.',
    classes: '{{count}} classes',
    targets: '{{count}} targets',
    outputs: 'This model outputs {{shape}}; the data has {{what}}.',
    freeDims:
      "This model's input shape {{shape}} has free dimensions; only fixed shapes can be typed in.",
    perSample: 'This model takes {{per}} values per sample (shape {{shape}}); got {{got}}.',
    logits:
      "The model's outputs are not probabilities, so they were read as logits (softmax applied) for the loss.",
    quoted: '"{{name}}"',
    graphInputs_one:
      "This model's graph has {{count}} input ({{names}}); the editor builds sequential stacks, so it can be used for prediction and evaluation but not edited or trained further.",
    graphInputs_other:
      "This model's graph has {{count}} inputs ({{names}}); the editor builds sequential stacks, so it can be used for prediction and evaluation but not edited or trained further.",
    graphSkip:
      'This model\'s graph has a skip connection into layer "{{layer}}" (from {{from}}); the editor builds sequential stacks, so it can be used for prediction and evaluation but not edited or trained further.',
    graphMerge:
      'This model\'s graph merges branches at layer "{{layer}}" (from {{from}}); the editor builds sequential stacks, so it can be used for prediction and evaluation but not edited or trained further.',
    graphBranch:
      'This model\'s graph branches after layer "{{layer}}"; the editor builds sequential stacks, so it can be used for prediction and evaluation but not edited or trained further.',
    boundary:
      'The decision boundary needs a model with 2 inputs (the plane); this one takes [{{shape}}].',
  },
  neurons: {
    planeInputs: 'Neuron maps need a model with the two plane inputs.',
    branches: "Neuron maps are drawn for plain stacks of layers; this model's graph branches.",
    notMlp:
      'Neuron maps are drawn for plain MLPs (Dense layers and activations); this model has a {{kind}} layer.',
    noHidden: 'This network has no hidden layers: add a Dense layer to see its units.',
    tooBig:
      'Neuron maps are drawn for networks of up to {{layers}} hidden layers of {{units}} units; this one has {{hidden}} with up to {{widest}} units.',
  },
  weights: {
    sampled:
      'The model has {{params}} parameters: histograms of tensors over {{limit}} values use one value in {{stride}}.',
    bigKernel: 'The first Conv2D kernel is too large to draw.',
  },
} as const;

export default engineModels;
