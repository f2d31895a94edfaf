/** The English messages of the "models" namespace about model files: zips, model.json, weights, topology, optimizer state and stored records. */
const files = {
  fileCheck: {
    invalid: 'invalid',
    listSep: '", "',
    more: ', …',
    inFile: '{{file}}: {{problem}}',
    notJson: '{{file}} is not valid JSON ({{error}}).',
    zip: {
      noEnd: '{{zip}} is not a valid .zip file (no end-of-archive record).',
      dirOutside: '{{zip}} is not a valid .zip file (its directory lies outside the file).',
      entryDamaged:
        '{{zip}} is not a valid .zip file (directory entry {{n}} of {{total}} is damaged).',
      zip64: '{{zip}} is a ZIP64 archive; model files here are small enough for a plain .zip.',
      noLocalHeader: '"{{path}}" in {{zip}} is damaged: its local header is missing.',
      cutShort:
        '"{{path}}" in {{zip}} is cut short: it declares {{size}} compressed bytes, the file ends first.',
      inflateFailed: '"{{path}}" in {{zip}} is damaged ({{error}}).',
      inflatesOver:
        '"{{path}}" in {{zip}} inflates to more than the {{size}} bytes its header declares; refused before unpacking further.',
      inflatesTo: '"{{path}}" in {{zip}} inflates to {{got}} bytes; its header declares {{size}}.',
      encrypted: '"{{path}}" in {{zip}} is encrypted: zip the files again without a password.',
      method:
        '"{{path}}" in {{zip}} uses compression method {{method}}; only stored and deflated entries can be read.',
      storedSize: '"{{path}}" in {{zip}} holds {{got}} stored bytes; its header declares {{size}}.',
      crc: '"{{path}}" in {{zip}} is damaged: its CRC-32 is {{crc}}, the archive says {{expected}}.',
      tooManyFiles: '{{zip}} holds {{files}} files; at most {{max}} are expected.',
      tooLarge:
        '{{zip}} unpacks to more than {{max}} bytes (at "{{path}}", {{size}} bytes); refused before unpacking.',
      sameName: '{{zip}} holds two files named "{{name}}".',
    },
    model: {
      notLayers: 'model.json is not a TensorFlow.js layers model: {{where}}: {{error}}.',
      notLayersTop: 'model.json is not a TensorFlow.js layers model: the top level: {{error}}.',
      format: 'model.json has format "{{format}}"; only "layers-model" can be loaded here.',
      weightsNotUploaded:
        'model.json needs the weights file "{{file}}", which was not uploaded. Select it together with model.json.',
      weightsSize: 'Weights file {{files}} has {{have}} bytes; the model needs {{needed}}.',
      notInManifest: '"{{files}}" is not named in model.json\'s weights manifest.',
      weightBytes: 'the weights have {{have}} bytes; the model needs {{needed}}.',
      dtype:
        'Weight "{{name}}" has dtype "{{dtype}}"; TensorFlow.js layers weights are float32, int32 or bool.',
      tooManyValues:
        'Weight "{{name}}" declares {{values}} values (shape [{{shape}}]); the limit is {{max}}.',
    },
    topology: {
      notModel: 'model.json\'s topology is not a Sequential or functional model (class "{{cls}}").',
      noLayers: 'model.json describes a model with no layers.',
      unknownClass:
        'Layer "{{name}}" is of class "{{cls}}", which TensorFlow.js {{version}} cannot build.',
      tooLarge: 'Layer "{{name}}" declares {{key}} = {{value}}; the limit is {{max}}.',
      nested: 'In the nested model "{{name}}": {{problem}}',
      inputTooLarge:
        'Layer "{{name}}" declares an input of {{values}} values per sample; the limit is {{max}}.',
      unusedWeight:
        'model.json\'s weights manifest has "{{name}}", which no layer of the model uses.',
      weightTwice: 'model.json\'s weights manifest has "{{name}}" twice.',
      dtype: 'Weight "{{name}}" is stored as {{stored}}; the layer needs {{needed}}.',
      shape: 'Weight "{{name}}" has shape {{shape}} in model.json; the layer needs {{needed}}.',
      lacksOne: 'model.json\'s weights manifest lacks the weight "{{names}}".',
      lacksMany: 'model.json\'s weights manifest lacks {{n}} weights: "{{names}}"{{more}}.',
    },
    graph: {
      noName: 'Layer {{n}} of the graph has no name.',
      sameName: 'Two layers of the graph are named "{{name}}".',
      noInbound: 'Layer "{{name}}" does not say where its inputs come from.',
      badInput: 'Layer "{{name}}" has an input that is not a [layer, node, tensor] reference.',
      listMissing: "The model's {{list}} list is missing.",
      list: {
        notRef: "The model's {{list}} has an entry that is not a [layer, node, tensor] reference.",
        unknownLayer:
          'The model\'s {{list}} names layer "{{layer}}", which the model does not have.',
        call_one:
          'The model\'s {{list}} uses call {{call}} of layer "{{layer}}", which is called {{count}} time.',
        call_other:
          'The model\'s {{list}} uses call {{call}} of layer "{{layer}}", which is called {{count}} times.',
      },
      layer: {
        notRef: 'Layer "{{name}}" has an entry that is not a [layer, node, tensor] reference.',
        unknownLayer: 'Layer "{{name}}" names layer "{{layer}}", which the model does not have.',
        call_one:
          'Layer "{{name}}" uses call {{call}} of layer "{{layer}}", which is called {{count}} time.',
        call_other:
          'Layer "{{name}}" uses call {{call}} of layer "{{layer}}", which is called {{count}} times.',
      },
      cycle:
        'The model\'s graph has a cycle: layer "{{layer}}" takes its input, through other layers, from its own output.',
    },
    optimizer: {
      damaged: '{{file}} is damaged: {{where}}: {{error}}.',
    },
    meta: {
      newer:
        'it was written by a newer version of the app (format {{version}}; this one reads up to {{max}})',
      isoDate: 'Expected an ISO date.',
      zeroScale: 'A scale cannot be 0.',
      confusion:
        'The confusion matrix must be square, one row per class, and count every test sample.',
    },
  },
} as const;

export default files;
