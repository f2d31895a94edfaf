/** The English messages of the "models" namespace: what saving, loading and files report. */
const messages = {
  msg: {
    listUnreadable: 'The saved models could not be read: {{error}}',
    noPersist: 'This browser cannot keep storage persistent.',
    persisted: 'Storage is now persistent: the browser will not evict saved models.',
    persistDeclined:
      'The browser declined to make storage persistent (it decides by how the site is used, e.g. bookmarked or installed). Saved models stay unless space runs out.',
    trainFirst: 'Train or load a model first.',
    stopToSave: 'Stop training first, so the saved weights are the ones shown.',
    invalidName: 'Invalid name.',
    notSavable:
      'Only models trained here (or loaded with their playground settings) can be saved in the browser. Download this one instead.',
    saved: 'Saved "{{name}}" in this browser.',
    savedToast: 'Model “{{name}}” saved in this browser.',
    stopToLoad: 'Stop training before loading a model.',
    loaded: 'Loaded "{{name}}".',
    renamed: 'Renamed "{{from}}" to "{{to}}".',
    copied: 'Saved a copy of "{{name}}" as "{{copy}}".',
    deleted: 'Deleted "{{name}}".',
    deletedToast: 'Model “{{name}}” deleted.',
    restored: 'Restored "{{name}}".',
    fixData: 'Fix the data first: {{error}}',
    fixNetwork: 'Fix the network first: {{error}}',
    kerasExported: 'Exported train.py with the data as CSV.',
    loadedToast: 'Loaded the model from {{file}}.',
    loadedNonFinite: 'Loaded {{file}} for inspection: {{summary}} It cannot be trained further.',
    loadedGraph: 'Loaded {{file}} ({{params}} parameters). {{note}}',
    loadedWithSettings: 'Loaded {{file}} with its playground settings.',
    loadedBadSettings:
      'Loaded {{file}}, but its playground settings are unusable ({{problem}}), so it can predict and be evaluated here, but not trained further.',
    loadedNoSettings:
      'Loaded {{file}} ({{params}} parameters). It has no playground settings, so it can predict and be evaluated here, but not trained further.',
    stopToEvaluate: 'Stop training before evaluating.',
    notANumber: '"{{text}}" is not a number.',
    wrongCount_one: 'This model takes {{count}} value per input (shape [{{shape}}]); got {{got}}.',
    wrongCount_other:
      'This model takes {{count}} values per input (shape [{{shape}}]); got {{got}}.',
  },
  nonFinite: {
    single: 'a weight holds NaN or infinite values: {{list}}.',
    several: '{{count}} weights hold NaN or infinite values: {{list}}.',
    item: '{{name}} ({{bad}} of {{of}} values)',
    more: '{{named}} and {{more}} more',
  },
  name: {
    empty: 'Give the model a name.',
    tooLong: 'Names are at most {{max}} characters.',
    control: 'Names cannot contain control characters.',
  },
  storageFault: {
    message: '{{happened}} {{advice}}',
    happened: {
      quota: "The browser's storage for this site is full.",
      refused: 'Your browser refused storage (private window, or site data blocked?).',
      absent: 'This browser offers no storage to this page (IndexedDB is unavailable).',
      blocked:
        'Another tab of the playground holds the storage open with an older version: close or reload the other tabs.',
      version:
        'Another tab has upgraded the storage to a newer version of the playground: reload this page.',
      broken:
        "The browser's storage failed on its own side (its files may be damaged): restart the browser and try again.",
      other: "Writing to the browser's storage failed.",
    },
    advice: {
      save: {
        quota:
          'The model is still here: download it as a .zip, or delete saved models or runs to make room and save again.',
        all: 'The model is still here: download it as a .zip.',
      },
      library: {
        quota: 'Delete saved models or runs to make room.',
        all: 'Saved models cannot be read or changed until then; a trained model can still be downloaded as a .zip.',
      },
      runs: {
        quota: 'Runs are kept in this tab only until you delete old runs or saved models.',
        all: 'Runs are kept in this tab only: they are lost when it is closed.',
      },
    },
  },
  uploadCheck: {
    none: 'No files were picked.',
    tooBig: 'The files come to {{total}} bytes; a model here may have at most {{max}}.',
    both: 'Upload a .zip bundle on its own, or model.json with its weight files, not both.',
    noJson:
      'Select model.json together with its weight files (e.g. weights.bin), or a .zip bundle.',
    manyJson: 'Select exactly one model.json; got {{count}} .json files ({{names}}).',
    optimizerHalf: 'The optimizer state needs both {{json}} and {{bin}}; only {{have}} is there.',
    notBundle: '{{zip}} has no {{model}}; it is not a model bundle.',
    noModelJson: 'No {{model}} among the files.',
  },
} as const;

export default messages;
