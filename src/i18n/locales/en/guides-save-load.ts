/** The English words of the save-and-load recipe. */
const saveLoad = {
  saveLoad: {
    title: 'Save a model, reload, load it back, evaluate and download it',
    summary:
      'A model trained on the circle leaves the page and comes back, with its test accuracy.',
    steps: {
      train: {
        title: 'Press Train.',
        detail: 'Ten epochs are enough for the circle. The model lives in this page only, for now.',
      },
      save: {
        title: 'Save it in the browser.',
        detail:
          'In the Models panel, give it a name and press Save. Weights, network, data settings and history go into this browser’s storage (IndexedDB).',
      },
      reload: {
        title: 'Reload the page.',
        detail:
          'Press F5 or the browser’s reload button. The page forgets the model it held; this guide remembers where you are.',
      },
      load: {
        title: 'Load the saved model back.',
        detail: 'In the Models panel, press Load beside its name.',
      },
      evaluate: {
        title: 'Evaluate it on the test set.',
        detail:
          'In the Evaluate panel. The test split was never used in training or for early stopping: its accuracy is the honest estimate of how the model does on new data.',
      },
      download: {
        title: 'Download it.',
        detail:
          'In the Models panel, download it as a <file>.zip</file> bundle (or <file>model.json</file> + <file>weights.bin</file>): it loads back here, or in TensorFlow.js anywhere.',
      },
    },
  },
} as const;

export default saveLoad;
